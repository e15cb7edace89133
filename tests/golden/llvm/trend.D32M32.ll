; llvmlite 0.50.0
; ModuleID = "sgdc.trend"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"epoch." = load i64, ptr %".8"
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"field.(day + 0)" = load i64, ptr %".22"
  %"field.(day + 0).p" = inttoptr i64 %"field.(day + 0)" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"field.(day + 1)" = load i64, ptr %".25"
  %"field.(day + 1).p" = inttoptr i64 %"field.(day + 1)" to ptr
  %".28" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"field.y" = load i64, ptr %".28"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".43" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".43"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".61" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".61"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".82" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.level" = load i64, ptr %".82"
  %"param.level.p" = inttoptr i64 %"param.level" to ptr
  %".96" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"t0." = load i64, ptr %".96"
  %".99" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".99"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %"dd.acc" = alloca float
  %".178" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.w.g2" = load i64, ptr %".178"
  %"param.w.g2.p" = inttoptr i64 %"param.w.g2" to ptr
  %".206" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.level.g2" = load i64, ptr %".206"
  %"param.level.g2.p" = inttoptr i64 %"param.level.g2" to ptr
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".251", %"sp.done"]
  %".11" = icmp slt i64 %"ex", %"end"
  br i1 %".11", label %"ex.body", label %"ex.done"
ex.body:
  %".13" = add i64 %"ex", 16
  %".14" = icmp slt i64 %".13", %"end"
  %".15" = select  i1 %".14", i64 %".13", i64 %"ex"
  %".16" = getelementptr inbounds i32, ptr %"order..p", i64 %".15"
  %".17" = load i32, ptr %".16"
  %".18" = sext i32 %".17" to i64
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".23" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".26" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".29" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".29", i32 0, i32 3, i32 1)
  %".31" = add i64 %"ex", 8
  %".32" = icmp slt i64 %".31", %"end"
  %".33" = select  i1 %".32", i64 %".31", i64 %"ex"
  %".34" = getelementptr inbounds i32, ptr %"order..p", i64 %".33"
  %".35" = load i32, ptr %".34"
  %".36" = sext i32 %".35" to i64
  %".37" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".36"
  %".38" = load i64, ptr %".37"
  %".39" = add i64 %".36", 1
  %".40" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".39"
  %".41" = load i64, ptr %".40"
  %".42" = sub i64 %".41", %".38"
  %".44" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".38"
  %".45" = ptrtoint ptr %".44" to i64
  %".46" = and i64 %".45", 63
  %".47" = mul i64 %".42", 4
  %".48" = add i64 %".46", %".47"
  %".49" = add i64 %".48", 63
  %".50" = udiv i64 %".49", 64
  %".51" = icmp ult i64 %".50", 8
  %".52" = select  i1 %".51", i64 %".50", i64 8
  br label %"pfs.head"
ex.done:
  %".253" = load double, double* %"loss.acc"
  store double %".253", ptr %"out"
  ret void
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".59", %"pfs.body"]
  %".54" = icmp slt i64 %"pfs", %".52"
  br i1 %".54", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".56" = mul i64 %"pfs", 64
  %".57" = getelementptr i8, ptr %".44", i64 %".56"
  call void @"llvm.prefetch.p0"(ptr %".57", i32 0, i32 3, i32 1)
  %".59" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".62" = getelementptr inbounds float, ptr %"values.x.p", i64 %".38"
  %".63" = ptrtoint ptr %".62" to i64
  %".64" = and i64 %".63", 63
  %".65" = mul i64 %".42", 4
  %".66" = add i64 %".64", %".65"
  %".67" = add i64 %".66", 63
  %".68" = udiv i64 %".67", 64
  %".69" = icmp ult i64 %".68", 8
  %".70" = select  i1 %".69", i64 %".68", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".77", %"pfs.body.1"]
  %".72" = icmp slt i64 %"pfs.1", %".70"
  br i1 %".72", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".74" = mul i64 %"pfs.1", 64
  %".75" = getelementptr i8, ptr %".62", i64 %".74"
  call void @"llvm.prefetch.p0"(ptr %".75", i32 0, i32 3, i32 1)
  %".77" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".79" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %".36"
  %".80" = load i32, ptr %".79"
  %".81" = sext i32 %".80" to i64
  %".83" = mul i64 %".81", 1
  %".84" = getelementptr inbounds float, ptr %"param.level.p", i64 %".83"
  %".85" = getelementptr i8, ptr %".84", i64 0
  call void @"llvm.prefetch.p0"(ptr %".85", i32 0, i32 3, i32 1)
  %".87" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %".36"
  %".88" = load i32, ptr %".87"
  %".89" = sext i32 %".88" to i64
  %".90" = mul i64 %".89", 1
  %".91" = getelementptr inbounds float, ptr %"param.level.p", i64 %".90"
  %".92" = getelementptr i8, ptr %".91", i64 0
  call void @"llvm.prefetch.p0"(ptr %".92", i32 0, i32 3, i32 1)
  %".94" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".94", !alias.scope !6, !noalias !7
  %".95" = sext i32 %"e" to i64
  %".97" = add i64 %"t0.", %"ex"
  %".98" = sitofp i64 %".97" to float
  %".100" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".101" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %".95"
  %".102" = load i32, ptr %".101", !alias.scope !6, !noalias !7
  %".103" = sext i32 %".102" to i64
  %".104" = mul i64 %".103", 1
  %".105" = add i64 0, %".104"
  %".106" = getelementptr inbounds float, ptr %"param.level.p", i64 %".105"
  %".107" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %".95"
  %".108" = load i32, ptr %".107", !alias.scope !6, !noalias !7
  %".109" = sext i32 %".108" to i64
  %".110" = mul i64 %".109", 1
  %".111" = add i64 0, %".110"
  %".112" = getelementptr inbounds float, ptr %"param.level.p", i64 %".111"
  %".113" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".95"
  %".114" = load i64, ptr %".113", !alias.scope !6, !noalias !7
  %".115" = add i64 %".95", 1
  %".116" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".115"
  %".117" = load i64, ptr %".116", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
dd.head:
  %"dd" = phi  i64 [%".114", %"pfs.done.1"], [%".133", %"dd.body"]
  %".120" = icmp slt i64 %"dd", %".117"
  br i1 %".120", label %"dd.body", label %"dd.done"
dd.body:
  %".122" = load float, float* %"dd.acc"
  %".123" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".124" = load i32, ptr %".123", !alias.scope !6, !noalias !7
  %".125" = sext i32 %".124" to i64
  %".126" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".127" = load float, ptr %".126", !alias.scope !6, !noalias !7
  %".128" = getelementptr inbounds float, ptr %".100", i64 %".125"
  %".129" = load float, ptr %".128", !alias.scope !8, !noalias !9
  %".130" = fmul reassoc contract nsz arcp float %".129", %".127"
  %".131" = fadd reassoc contract nsz arcp float %".122", %".130"
  store float %".131", float* %"dd.acc"
  %".133" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".135" = load float, float* %"dd.acc"
  %".136" = getelementptr inbounds float, ptr %".106", i64 0
  %".137" = load float, ptr %".136", !alias.scope !10, !noalias !11
  %".138" = fadd reassoc contract nsz arcp float %".135", %".137"
  %".139" = getelementptr inbounds float, ptr %"field.y.p", i64 %".95"
  %".140" = load float, ptr %".139", !alias.scope !6, !noalias !7
  %".141" = fsub reassoc contract nsz arcp float %".138", %".140"
  %".142" = fmul reassoc contract nsz arcp float %".141", %".141"
  %".143" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".142"
  %".144" = getelementptr inbounds float, ptr %".112", i64 0
  %".145" = load float, ptr %".144", !alias.scope !10, !noalias !11
  %".146" = fsub reassoc contract nsz arcp float %".145", %".137"
  %".147" = fmul reassoc contract nsz arcp float %".146", %".146"
  %".148" = fadd reassoc contract nsz arcp float %".143", %".147"
  %".149" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".146"
  %".150" = fneg float %".149"
  %".151" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".141"
  %".152" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".151"
  %".153" = fadd reassoc contract nsz arcp float %".150", %".152"
  %".154" = fpext float %".148" to double
  %".155" = load double, double* %"loss.acc"
  %".156" = fadd double %".155", %".154"
  store double %".156", double* %"loss.acc"
  %".158" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".95"
  %".159" = load i64, ptr %".158", !alias.scope !6, !noalias !7
  %".160" = add i64 %".95", 1
  %".161" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".160"
  %".162" = load i64, ptr %".161", !alias.scope !6, !noalias !7
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".159", %"dd.done"], [%".198", %"sp.body"]
  %".164" = icmp slt i64 %"sp", %".162"
  br i1 %".164", label %"sp.body", label %"sp.done"
sp.body:
  %".166" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".167" = load i32, ptr %".166", !alias.scope !6, !noalias !7
  %".168" = sext i32 %".167" to i64
  %".169" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".170" = load float, ptr %".169", !alias.scope !6, !noalias !7
  %".171" = fmul reassoc contract nsz arcp float %".152", %".170"
  %".172" = getelementptr inbounds float, ptr %".100", i64 %".168"
  %".173" = load float, ptr %".172", !alias.scope !8, !noalias !9
  %".174" = ptrtoint ptr %".100" to i64
  %".175" = ptrtoint ptr %"param.w.p" to i64
  %".176" = sub i64 %".174", %".175"
  %".177" = sdiv i64 %".176", 4
  %".179" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".177"
  %".180" = getelementptr inbounds float, ptr %".179", i64 %".168"
  %".181" = load float, ptr %".180", !alias.scope !12, !noalias !13
  %".182" = fmul reassoc contract nsz arcp float %".171", %".171"
  %".183" = fadd reassoc contract nsz arcp float %".181", %".182"
  %".184" = ptrtoint ptr %".100" to i64
  %".185" = ptrtoint ptr %"param.w.p" to i64
  %".186" = sub i64 %".184", %".185"
  %".187" = sdiv i64 %".186", 4
  %".188" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".187"
  %".189" = getelementptr inbounds float, ptr %".188", i64 %".168"
  store float %".183", ptr %".189", !alias.scope !12, !noalias !13
  %".191" = fadd reassoc contract nsz arcp float %".183", 0x3e45798ee0000000
  %".192" = call float @"llvm.sqrt.f32"(float %".191")
  %".193" = fdiv reassoc contract nsz arcp float %".171", %".192"
  %".194" = fmul reassoc contract nsz arcp float 0x3fd3333340000000, %".193"
  %".195" = fsub reassoc contract nsz arcp float %".173", %".194"
  %".196" = getelementptr inbounds float, ptr %".100", i64 %".168"
  store float %".195", ptr %".196", !alias.scope !8, !noalias !9
  %".198" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".200" = getelementptr inbounds float, ptr %".106", i64 0
  %".201" = load float, ptr %".200", !alias.scope !10, !noalias !11
  %".202" = ptrtoint ptr %".106" to i64
  %".203" = ptrtoint ptr %"param.level.p" to i64
  %".204" = sub i64 %".202", %".203"
  %".205" = sdiv i64 %".204", 4
  %".207" = getelementptr inbounds float, ptr %"param.level.g2.p", i64 %".205"
  %".208" = getelementptr inbounds float, ptr %".207", i64 0
  %".209" = load float, ptr %".208", !alias.scope !14, !noalias !15
  %".210" = fmul reassoc contract nsz arcp float %".153", %".153"
  %".211" = fadd reassoc contract nsz arcp float %".209", %".210"
  %".212" = ptrtoint ptr %".106" to i64
  %".213" = ptrtoint ptr %"param.level.p" to i64
  %".214" = sub i64 %".212", %".213"
  %".215" = sdiv i64 %".214", 4
  %".216" = getelementptr inbounds float, ptr %"param.level.g2.p", i64 %".215"
  %".217" = getelementptr inbounds float, ptr %".216", i64 0
  store float %".211", ptr %".217", !alias.scope !14, !noalias !15
  %".219" = fadd reassoc contract nsz arcp float %".211", 0x3e45798ee0000000
  %".220" = call float @"llvm.sqrt.f32"(float %".219")
  %".221" = fdiv reassoc contract nsz arcp float %".153", %".220"
  %".222" = fmul reassoc contract nsz arcp float 0x3fd3333340000000, %".221"
  %".223" = fsub reassoc contract nsz arcp float %".201", %".222"
  %".224" = getelementptr inbounds float, ptr %".106", i64 0
  store float %".223", ptr %".224", !alias.scope !10, !noalias !11
  %".226" = getelementptr inbounds float, ptr %".112", i64 0
  %".227" = load float, ptr %".226", !alias.scope !10, !noalias !11
  %".228" = ptrtoint ptr %".112" to i64
  %".229" = ptrtoint ptr %"param.level.p" to i64
  %".230" = sub i64 %".228", %".229"
  %".231" = sdiv i64 %".230", 4
  %".232" = getelementptr inbounds float, ptr %"param.level.g2.p", i64 %".231"
  %".233" = getelementptr inbounds float, ptr %".232", i64 0
  %".234" = load float, ptr %".233", !alias.scope !14, !noalias !15
  %".235" = fmul reassoc contract nsz arcp float %".149", %".149"
  %".236" = fadd reassoc contract nsz arcp float %".234", %".235"
  %".237" = ptrtoint ptr %".112" to i64
  %".238" = ptrtoint ptr %"param.level.p" to i64
  %".239" = sub i64 %".237", %".238"
  %".240" = sdiv i64 %".239", 4
  %".241" = getelementptr inbounds float, ptr %"param.level.g2.p", i64 %".240"
  %".242" = getelementptr inbounds float, ptr %".241", i64 0
  store float %".236", ptr %".242", !alias.scope !14, !noalias !15
  %".244" = fadd reassoc contract nsz arcp float %".236", 0x3e45798ee0000000
  %".245" = call float @"llvm.sqrt.f32"(float %".244")
  %".246" = fdiv reassoc contract nsz arcp float %".149", %".245"
  %".247" = fmul reassoc contract nsz arcp float 0x3fd3333340000000, %".246"
  %".248" = fsub reassoc contract nsz arcp float %".227", %".247"
  %".249" = getelementptr inbounds float, ptr %".112", i64 0
  store float %".248", ptr %".249", !alias.scope !10, !noalias !11
  %".251" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.sqrt.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".9"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"field.(day + 0)" = load i64, ptr %".11"
  %"field.(day + 0).p" = inttoptr i64 %"field.(day + 0)" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.level" = load i64, ptr %".17"
  %"param.level.p" = inttoptr i64 %"param.level" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".25"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".26"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".51", %"dd.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !6, !noalias !7
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.level.p", i64 %".16"
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".21" = load i64, ptr %".20", !alias.scope !6, !noalias !7
  %".22" = add i64 %"ex", 1
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".22"
  %".24" = load i64, ptr %".23", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  ret void
dd.head:
  %"dd" = phi  i64 [%".21", %"ex.body"], [%".42", %"dd.body"]
  %".29" = icmp slt i64 %"dd", %".24"
  br i1 %".29", label %"dd.body", label %"dd.done"
dd.body:
  %".31" = load float, float* %"dd.acc"
  %".32" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".33" = load i32, ptr %".32", !alias.scope !6, !noalias !7
  %".34" = sext i32 %".33" to i64
  %".35" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".36" = load float, ptr %".35", !alias.scope !6, !noalias !7
  %".37" = getelementptr inbounds float, ptr %".10", i64 %".34"
  %".38" = load float, ptr %".37", !alias.scope !8, !noalias !9
  %".39" = fmul reassoc contract nsz arcp float %".38", %".36"
  %".40" = fadd reassoc contract nsz arcp float %".31", %".39"
  store float %".40", float* %"dd.acc"
  %".42" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".44" = load float, float* %"dd.acc"
  %".45" = getelementptr inbounds float, ptr %".18", i64 0
  %".46" = load float, ptr %".45", !alias.scope !10, !noalias !11
  %".47" = fadd reassoc contract nsz arcp float %".44", %".46"
  %".48" = fpext float %".47" to double
  %".49" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".48", ptr %".49"
  %".51" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".9"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"field.(day + 0)" = load i64, ptr %".11"
  %"field.(day + 0).p" = inttoptr i64 %"field.(day + 0)" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.level" = load i64, ptr %".17"
  %"param.level.p" = inttoptr i64 %"param.level" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"field.(day + 1)" = load i64, ptr %".19"
  %"field.(day + 1).p" = inttoptr i64 %"field.(day + 1)" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".26"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".32" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".32"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".33" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".33"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %".55" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"field.y" = load i64, ptr %".55"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".69", %"dd.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !6, !noalias !7
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.level.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !6, !noalias !7
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds float, ptr %"param.level.p", i64 %".24"
  %".27" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".28" = load i64, ptr %".27", !alias.scope !6, !noalias !7
  %".29" = add i64 %"ex", 1
  %".30" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".29"
  %".31" = load i64, ptr %".30", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  ret void
dd.head:
  %"dd" = phi  i64 [%".28", %"ex.body"], [%".49", %"dd.body"]
  %".36" = icmp slt i64 %"dd", %".31"
  br i1 %".36", label %"dd.body", label %"dd.done"
dd.body:
  %".38" = load float, float* %"dd.acc"
  %".39" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".40" = load i32, ptr %".39", !alias.scope !6, !noalias !7
  %".41" = sext i32 %".40" to i64
  %".42" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".43" = load float, ptr %".42", !alias.scope !6, !noalias !7
  %".44" = getelementptr inbounds float, ptr %".10", i64 %".41"
  %".45" = load float, ptr %".44", !alias.scope !8, !noalias !9
  %".46" = fmul reassoc contract nsz arcp float %".45", %".43"
  %".47" = fadd reassoc contract nsz arcp float %".38", %".46"
  store float %".47", float* %"dd.acc"
  %".49" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".51" = load float, float* %"dd.acc"
  %".52" = getelementptr inbounds float, ptr %".18", i64 0
  %".53" = load float, ptr %".52", !alias.scope !10, !noalias !11
  %".54" = fadd reassoc contract nsz arcp float %".51", %".53"
  %".56" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".57" = load float, ptr %".56", !alias.scope !6, !noalias !7
  %".58" = fsub reassoc contract nsz arcp float %".54", %".57"
  %".59" = fmul reassoc contract nsz arcp float %".58", %".58"
  %".60" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".59"
  %".61" = getelementptr inbounds float, ptr %".25", i64 0
  %".62" = load float, ptr %".61", !alias.scope !10, !noalias !11
  %".63" = fsub reassoc contract nsz arcp float %".62", %".53"
  %".64" = fmul reassoc contract nsz arcp float %".63", %".63"
  %".65" = fadd reassoc contract nsz arcp float %".60", %".64"
  %".66" = fpext float %".65" to double
  %".67" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".66", ptr %".67"
  %".69" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.w", !0 }
!3 = !{ !"sgdc.buffer.level", !0 }
!4 = !{ !"sgdc.buffer.w.g2", !0 }
!5 = !{ !"sgdc.buffer.level.g2", !0 }
!6 = !{ !1 }
!7 = !{ !2, !3, !4, !5 }
!8 = !{ !2 }
!9 = !{ !1, !3, !4, !5 }
!10 = !{ !3 }
!11 = !{ !1, !2, !4, !5 }
!12 = !{ !4 }
!13 = !{ !1, !2, !3, !5 }
!14 = !{ !5 }
!15 = !{ !1, !2, !3, !4 }