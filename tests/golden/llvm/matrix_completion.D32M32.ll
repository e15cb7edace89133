; llvmlite 0.50.0
; ModuleID = "sgdc.matrix_completion"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"epoch." = load i64, ptr %".8"
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 25
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 26
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".17"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"master.mu" = load i64, ptr %".18"
  %"master.mu.p" = inttoptr i64 %"master.mu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 20
  %"base.mu" = load i64, ptr %".19"
  %"base.mu.p" = inttoptr i64 %"base.mu" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".41"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".44"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".47" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".47"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".59"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".67" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".67"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".76" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".76"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".93" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".93"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %".108" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".108"
  %"dot.acc" = alloca float
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".14", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".29", %"cp.body"]
  %".21" = icmp slt i64 %"cp", 1
  br i1 %".21", label %"cp.body", label %"cp.done"
cp.body:
  %".23" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp"
  %".24" = load atomic float, ptr %".23" monotonic, align 4
  %".25" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp"
  store float %".24", ptr %".25"
  %".27" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp"
  store float %".24", ptr %".27"
  %".29" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".242", %"rows.done.endif"]
  %".33" = icmp slt i64 %"ex", %"end"
  br i1 %".33", label %"ex.body", label %"ex.done"
ex.body:
  %".35" = add i64 %"ex", 16
  %".36" = icmp slt i64 %".35", %"end"
  %".37" = select  i1 %".36", i64 %".35", i64 %"ex"
  %".38" = getelementptr inbounds i32, ptr %"order..p", i64 %".37"
  %".39" = load i32, ptr %".38"
  %".40" = sext i32 %".39" to i64
  %".42" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".42", i32 0, i32 3, i32 1)
  %".45" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".45", i32 0, i32 3, i32 1)
  %".48" = getelementptr inbounds i32, ptr %"field.r.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".50" = add i64 %"ex", 8
  %".51" = icmp slt i64 %".50", %"end"
  %".52" = select  i1 %".51", i64 %".50", i64 %"ex"
  %".53" = getelementptr inbounds i32, ptr %"order..p", i64 %".52"
  %".54" = load i32, ptr %".53"
  %".55" = sext i32 %".54" to i64
  %".56" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".55"
  %".57" = load i32, ptr %".56"
  %".58" = sext i32 %".57" to i64
  %".60" = mul i64 %".58", 1
  %".61" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".60"
  %".62" = getelementptr i8, ptr %".61", i64 0
  call void @"llvm.prefetch.p0"(ptr %".62", i32 0, i32 3, i32 1)
  %".64" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".55"
  %".65" = load i32, ptr %".64"
  %".66" = sext i32 %".65" to i64
  %".68" = mul i64 %".66", 1
  %".69" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".68"
  %".70" = getelementptr i8, ptr %".69", i64 0
  call void @"llvm.prefetch.p0"(ptr %".70", i32 0, i32 3, i32 1)
  %".72" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".55"
  %".73" = load i32, ptr %".72"
  %".74" = sext i32 %".73" to i64
  %".75" = mul i64 1, 50
  %".77" = mul i64 %".74", %".75"
  %".78" = getelementptr inbounds float, ptr %"param.L.p", i64 %".77"
  %".79" = getelementptr i8, ptr %".78", i64 0
  call void @"llvm.prefetch.p0"(ptr %".79", i32 0, i32 3, i32 1)
  %".81" = getelementptr i8, ptr %".78", i64 64
  call void @"llvm.prefetch.p0"(ptr %".81", i32 0, i32 3, i32 1)
  %".83" = getelementptr i8, ptr %".78", i64 128
  call void @"llvm.prefetch.p0"(ptr %".83", i32 0, i32 3, i32 1)
  %".85" = getelementptr i8, ptr %".78", i64 192
  call void @"llvm.prefetch.p0"(ptr %".85", i32 0, i32 3, i32 1)
  %".87" = getelementptr i8, ptr %".78", i64 199
  call void @"llvm.prefetch.p0"(ptr %".87", i32 0, i32 3, i32 1)
  %".89" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".55"
  %".90" = load i32, ptr %".89"
  %".91" = sext i32 %".90" to i64
  %".92" = mul i64 1, 50
  %".94" = mul i64 %".91", %".92"
  %".95" = getelementptr inbounds float, ptr %"param.R.p", i64 %".94"
  %".96" = getelementptr i8, ptr %".95", i64 0
  call void @"llvm.prefetch.p0"(ptr %".96", i32 0, i32 3, i32 1)
  %".98" = getelementptr i8, ptr %".95", i64 64
  call void @"llvm.prefetch.p0"(ptr %".98", i32 0, i32 3, i32 1)
  %".100" = getelementptr i8, ptr %".95", i64 128
  call void @"llvm.prefetch.p0"(ptr %".100", i32 0, i32 3, i32 1)
  %".102" = getelementptr i8, ptr %".95", i64 192
  call void @"llvm.prefetch.p0"(ptr %".102", i32 0, i32 3, i32 1)
  %".104" = getelementptr i8, ptr %".95", i64 199
  call void @"llvm.prefetch.p0"(ptr %".104", i32 0, i32 3, i32 1)
  %".106" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".106", !alias.scope !7, !noalias !8
  %".107" = sext i32 %"e" to i64
  %".109" = add i64 %"t0.", %"ex"
  %".110" = sitofp i64 %".109" to float
  %".111" = fmul reassoc contract nsz arcp float 0x3fe6666660000000, %".9"
  %".112" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".111"
  %".113" = fdiv float 0x3fa99999a0000000, %".112"
  %".114" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".115" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".107"
  %".116" = load i32, ptr %".115", !alias.scope !7, !noalias !8
  %".117" = sext i32 %".116" to i64
  %".118" = mul i64 %".117", 1
  %".119" = add i64 0, %".118"
  %".120" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".119"
  %".121" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".107"
  %".122" = load i32, ptr %".121", !alias.scope !7, !noalias !8
  %".123" = sext i32 %".122" to i64
  %".124" = mul i64 %".123", 1
  %".125" = add i64 0, %".124"
  %".126" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".125"
  %".127" = mul i64 1, 50
  %".128" = mul i64 %".117", %".127"
  %".129" = add i64 0, %".128"
  %".130" = getelementptr inbounds float, ptr %"param.L.p", i64 %".129"
  %".131" = mul i64 1, 50
  %".132" = mul i64 %".123", %".131"
  %".133" = add i64 0, %".132"
  %".134" = getelementptr inbounds float, ptr %"param.R.p", i64 %".133"
  %".135" = getelementptr inbounds float, ptr %".114", i64 0
  %".136" = load float, ptr %".135", !alias.scope !9, !noalias !10
  %".137" = getelementptr inbounds float, ptr %".120", i64 0
  %".138" = load float, ptr %".137", !alias.scope !11, !noalias !12
  %".139" = fadd reassoc contract nsz arcp float %".136", %".138"
  %".140" = getelementptr inbounds float, ptr %".126", i64 0
  %".141" = load float, ptr %".140", !alias.scope !13, !noalias !14
  %".142" = fadd reassoc contract nsz arcp float %".139", %".141"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".155", %"dot.body"]
  %".145" = icmp slt i64 %"dot", 50
  br i1 %".145", label %"dot.body", label %"dot.done"
dot.body:
  %".147" = load float, float* %"dot.acc"
  %".148" = getelementptr inbounds float, ptr %".130", i64 %"dot"
  %".149" = load float, ptr %".148", !alias.scope !15, !noalias !16
  %".150" = getelementptr inbounds float, ptr %".134", i64 %"dot"
  %".151" = load float, ptr %".150", !alias.scope !17, !noalias !18
  %".152" = fmul reassoc contract nsz arcp float %".149", %".151"
  %".153" = fadd reassoc contract nsz arcp float %".147", %".152"
  store float %".153", float* %"dot.acc"
  %".155" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".157" = load float, float* %"dot.acc"
  %".158" = fadd reassoc contract nsz arcp float %".142", %".157"
  %".159" = getelementptr inbounds float, ptr %"field.r.p", i64 %".107"
  %".160" = load float, ptr %".159", !alias.scope !7, !noalias !8
  %".161" = fsub reassoc contract nsz arcp float %".158", %".160"
  %".162" = fmul reassoc contract nsz arcp float %".161", %".161"
  %".163" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".161"
  %".164" = fpext float %".162" to double
  %".165" = load double, double* %"loss.acc"
  %".166" = fadd double %".165", %".164"
  store double %".166", double* %"loss.acc"
  %".168" = getelementptr inbounds float, ptr %".114", i64 0
  %".169" = load float, ptr %".168", !alias.scope !9, !noalias !10
  %".170" = fmul reassoc contract nsz arcp float %".113", %".163"
  %".171" = fsub reassoc contract nsz arcp float %".169", %".170"
  %".172" = getelementptr inbounds float, ptr %".114", i64 0
  store float %".171", ptr %".172", !alias.scope !9, !noalias !10
  %".174" = getelementptr inbounds float, ptr %".120", i64 0
  %".175" = load float, ptr %".174", !alias.scope !11, !noalias !12
  %".176" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".175"
  %".177" = fadd reassoc contract nsz arcp float %".163", %".176"
  %".178" = fmul reassoc contract nsz arcp float %".113", %".177"
  %".179" = fsub reassoc contract nsz arcp float %".175", %".178"
  %".180" = getelementptr inbounds float, ptr %".120", i64 0
  store float %".179", ptr %".180", !alias.scope !11, !noalias !12
  %".182" = getelementptr inbounds float, ptr %".126", i64 0
  %".183" = load float, ptr %".182", !alias.scope !13, !noalias !14
  %".184" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".183"
  %".185" = fadd reassoc contract nsz arcp float %".163", %".184"
  %".186" = fmul reassoc contract nsz arcp float %".113", %".185"
  %".187" = fsub reassoc contract nsz arcp float %".183", %".186"
  %".188" = getelementptr inbounds float, ptr %".126", i64 0
  store float %".187", ptr %".188", !alias.scope !13, !noalias !14
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"dot.done"], [%".215", %"rows.body"]
  %".191" = icmp slt i64 %"rows", 50
  br i1 %".191", label %"rows.body", label %"rows.done"
rows.body:
  %".193" = getelementptr inbounds float, ptr %".134", i64 %"rows"
  %".194" = load float, ptr %".193", !alias.scope !17, !noalias !18
  %".195" = fmul reassoc contract nsz arcp float %".163", %".194"
  %".196" = getelementptr inbounds float, ptr %".130", i64 %"rows"
  %".197" = load float, ptr %".196", !alias.scope !15, !noalias !16
  %".198" = fmul reassoc contract nsz arcp float %".163", %".197"
  %".199" = getelementptr inbounds float, ptr %".130", i64 %"rows"
  %".200" = load float, ptr %".199", !alias.scope !15, !noalias !16
  %".201" = fmul reassoc contract nsz arcp float 0x3fc99999a0000000, %".200"
  %".202" = fadd reassoc contract nsz arcp float %".195", %".201"
  %".203" = fmul reassoc contract nsz arcp float %".113", %".202"
  %".204" = fsub reassoc contract nsz arcp float %".200", %".203"
  %".205" = getelementptr inbounds float, ptr %".130", i64 %"rows"
  store float %".204", ptr %".205", !alias.scope !15, !noalias !16
  %".207" = getelementptr inbounds float, ptr %".134", i64 %"rows"
  %".208" = load float, ptr %".207", !alias.scope !17, !noalias !18
  %".209" = fmul reassoc contract nsz arcp float 0x3fc99999a0000000, %".208"
  %".210" = fadd reassoc contract nsz arcp float %".198", %".209"
  %".211" = fmul reassoc contract nsz arcp float %".113", %".210"
  %".212" = fsub reassoc contract nsz arcp float %".208", %".211"
  %".213" = getelementptr inbounds float, ptr %".134", i64 %"rows"
  store float %".212", ptr %".213", !alias.scope !17, !noalias !18
  %".215" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".14", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".218" = load i64, i64* %"push.left"
  %".219" = sub i64 %".218", 1
  store i64 %".219", i64* %"push.left"
  %".221" = icmp sle i64 %".219", 0
  br i1 %".221", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".242" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".237", %"cp.body.1"]
  %".224" = icmp slt i64 %"cp.1", 1
  br i1 %".224", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".226" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".227" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".228" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".229" = load float, ptr %".226"
  %".230" = load float, ptr %".227"
  %".231" = fsub float %".229", %".230"
  %".232" = fmul reassoc contract nsz arcp float %".231", %".13"
  %".233" = atomicrmw fadd ptr %".228", float %".232" monotonic
  %".234" = load atomic float, ptr %".228" monotonic, align 4
  store float %".234", ptr %".226"
  store float %".234", ptr %".227"
  %".237" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".262" = load double, double* %"loss.acc"
  store double %".262", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".259", %"cp.body.2"]
  %".246" = icmp slt i64 %"cp.2", 1
  br i1 %".246", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".248" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".249" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".250" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".251" = load float, ptr %".248"
  %".252" = load float, ptr %".249"
  %".253" = fsub float %".251", %".252"
  %".254" = fmul reassoc contract nsz arcp float %".253", %".13"
  %".255" = atomicrmw fadd ptr %".250", float %".254" monotonic
  %".256" = load atomic float, ptr %".250" monotonic, align 4
  store float %".256", ptr %".248"
  store float %".256", ptr %".249"
  %".259" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".64", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 50
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds float, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 50
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds float, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds float, ptr %".18", i64 0
  %".40" = load float, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = fadd reassoc contract nsz arcp float %".38", %".40"
  %".42" = getelementptr inbounds float, ptr %".26", i64 0
  %".43" = load float, ptr %".42", !alias.scope !13, !noalias !14
  %".44" = fadd reassoc contract nsz arcp float %".41", %".43"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".57", %"dot.body"]
  %".47" = icmp slt i64 %"dot", 50
  br i1 %".47", label %"dot.body", label %"dot.done"
dot.body:
  %".49" = load float, float* %"dot.acc"
  %".50" = getelementptr inbounds float, ptr %".31", i64 %"dot"
  %".51" = load float, ptr %".50", !alias.scope !15, !noalias !16
  %".52" = getelementptr inbounds float, ptr %".36", i64 %"dot"
  %".53" = load float, ptr %".52", !alias.scope !17, !noalias !18
  %".54" = fmul reassoc contract nsz arcp float %".51", %".53"
  %".55" = fadd reassoc contract nsz arcp float %".49", %".54"
  store float %".55", float* %"dot.acc"
  %".57" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".59" = load float, float* %"dot.acc"
  %".60" = fadd reassoc contract nsz arcp float %".44", %".59"
  %".61" = fpext float %".60" to double
  %".62" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".61", ptr %".62"
  %".64" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"dot.acc" = alloca float
  %".61" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".61"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".69", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 50
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds float, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 50
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds float, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds float, ptr %".18", i64 0
  %".40" = load float, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = fadd reassoc contract nsz arcp float %".38", %".40"
  %".42" = getelementptr inbounds float, ptr %".26", i64 0
  %".43" = load float, ptr %".42", !alias.scope !13, !noalias !14
  %".44" = fadd reassoc contract nsz arcp float %".41", %".43"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".57", %"dot.body"]
  %".47" = icmp slt i64 %"dot", 50
  br i1 %".47", label %"dot.body", label %"dot.done"
dot.body:
  %".49" = load float, float* %"dot.acc"
  %".50" = getelementptr inbounds float, ptr %".31", i64 %"dot"
  %".51" = load float, ptr %".50", !alias.scope !15, !noalias !16
  %".52" = getelementptr inbounds float, ptr %".36", i64 %"dot"
  %".53" = load float, ptr %".52", !alias.scope !17, !noalias !18
  %".54" = fmul reassoc contract nsz arcp float %".51", %".53"
  %".55" = fadd reassoc contract nsz arcp float %".49", %".54"
  store float %".55", float* %"dot.acc"
  %".57" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".59" = load float, float* %"dot.acc"
  %".60" = fadd reassoc contract nsz arcp float %".44", %".59"
  %".62" = getelementptr inbounds float, ptr %"field.r.p", i64 %"ex"
  %".63" = load float, ptr %".62", !alias.scope !7, !noalias !8
  %".64" = fsub reassoc contract nsz arcp float %".60", %".63"
  %".65" = fmul reassoc contract nsz arcp float %".64", %".64"
  %".66" = fpext float %".65" to double
  %".67" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".66", ptr %".67"
  %".69" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.mu", !0 }
!3 = !{ !"sgdc.buffer.bu", !0 }
!4 = !{ !"sgdc.buffer.bi", !0 }
!5 = !{ !"sgdc.buffer.L", !0 }
!6 = !{ !"sgdc.buffer.R", !0 }
!7 = !{ !1 }
!8 = !{ !2, !3, !4, !5, !6 }
!9 = !{ !2 }
!10 = !{ !1, !3, !4, !5, !6 }
!11 = !{ !3 }
!12 = !{ !1, !2, !4, !5, !6 }
!13 = !{ !4 }
!14 = !{ !1, !2, !3, !5, !6 }
!15 = !{ !5 }
!16 = !{ !1, !2, !3, !4, !6 }
!17 = !{ !6 }
!18 = !{ !1, !2, !3, !4, !5 }