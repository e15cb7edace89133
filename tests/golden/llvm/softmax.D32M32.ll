; llvmlite 0.50.0
; ModuleID = "sgdc.softmax"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"epoch." = load i64, ptr %".8"
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.y" = load i64, ptr %".22"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".33" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".33"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".43" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".43"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".56" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".56"
  %".58" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".58"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".71" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"t0." = load i64, ptr %".71"
  %".84" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".84"
  %"t0" = alloca float, i64 %"dim.classes"
  %"dd.acc" = alloca float
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"dd.acc.1" = alloca float
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".233", %"sp.done"]
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
  %".23" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".25" = add i64 %"ex", 8
  %".26" = icmp slt i64 %".25", %"end"
  %".27" = select  i1 %".26", i64 %".25", i64 %"ex"
  %".28" = getelementptr inbounds i32, ptr %"order..p", i64 %".27"
  %".29" = load i32, ptr %".28"
  %".30" = sext i32 %".29" to i64
  %".31" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".30"
  %".32" = load i64, ptr %".31"
  %".34" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".32"
  %".35" = getelementptr i8, ptr %".34", i64 0
  call void @"llvm.prefetch.p0"(ptr %".35", i32 0, i32 3, i32 1)
  %".37" = getelementptr i8, ptr %".34", i64 64
  call void @"llvm.prefetch.p0"(ptr %".37", i32 0, i32 3, i32 1)
  %".39" = getelementptr i8, ptr %".34", i64 128
  call void @"llvm.prefetch.p0"(ptr %".39", i32 0, i32 3, i32 1)
  %".41" = getelementptr i8, ptr %".34", i64 192
  call void @"llvm.prefetch.p0"(ptr %".41", i32 0, i32 3, i32 1)
  %".44" = getelementptr inbounds float, ptr %"values.x.p", i64 %".32"
  %".45" = getelementptr i8, ptr %".44", i64 0
  call void @"llvm.prefetch.p0"(ptr %".45", i32 0, i32 3, i32 1)
  %".47" = getelementptr i8, ptr %".44", i64 64
  call void @"llvm.prefetch.p0"(ptr %".47", i32 0, i32 3, i32 1)
  %".49" = getelementptr i8, ptr %".44", i64 128
  call void @"llvm.prefetch.p0"(ptr %".49", i32 0, i32 3, i32 1)
  %".51" = getelementptr i8, ptr %".44", i64 192
  call void @"llvm.prefetch.p0"(ptr %".51", i32 0, i32 3, i32 1)
  %".53" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".30"
  %".54" = load i32, ptr %".53"
  %".55" = sext i32 %".54" to i64
  %".57" = mul i64 1, %"dim.d"
  %".59" = mul i64 %".55", %".57"
  %".60" = getelementptr inbounds float, ptr %"param.W.p", i64 %".59"
  %".61" = getelementptr i8, ptr %".60", i64 0
  call void @"llvm.prefetch.p0"(ptr %".61", i32 0, i32 3, i32 1)
  %".63" = getelementptr i8, ptr %".60", i64 64
  call void @"llvm.prefetch.p0"(ptr %".63", i32 0, i32 3, i32 1)
  %".65" = getelementptr i8, ptr %".60", i64 128
  call void @"llvm.prefetch.p0"(ptr %".65", i32 0, i32 3, i32 1)
  %".67" = getelementptr i8, ptr %".60", i64 192
  call void @"llvm.prefetch.p0"(ptr %".67", i32 0, i32 3, i32 1)
  %".69" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".69", !alias.scope !3, !noalias !4
  %".70" = sext i32 %"e" to i64
  %".72" = add i64 %"t0.", %"ex"
  %".73" = sitofp i64 %".72" to float
  %".74" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".9"
  %".75" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".74"
  %".76" = fdiv float 0x4000000000000000, %".75"
  %".77" = mul i64 1, %"dim.d"
  %".78" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".70"
  %".79" = load i32, ptr %".78", !alias.scope !3, !noalias !4
  %".80" = sext i32 %".79" to i64
  %".81" = mul i64 %".80", %".77"
  %".82" = add i64 0, %".81"
  %".83" = getelementptr inbounds float, ptr %"param.W.p", i64 %".82"
  br label %"mv.head"
ex.done:
  %".235" = load double, double* %"loss.acc"
  store double %".235", ptr %"out"
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".115", %"dd.done"]
  %".86" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".86", label %"mv.body", label %"mv.done"
mv.body:
  %".88" = mul i64 %"mv", %"dim.d"
  %".89" = getelementptr inbounds float, ptr %"param.W.p", i64 %".88"
  %".90" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".70"
  %".91" = load i64, ptr %".90", !alias.scope !3, !noalias !4
  %".92" = add i64 %".70", 1
  %".93" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".92"
  %".94" = load i64, ptr %".93", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
dd.head:
  %"dd" = phi  i64 [%".91", %"mv.body"], [%".110", %"dd.body"]
  %".97" = icmp slt i64 %"dd", %".94"
  br i1 %".97", label %"dd.body", label %"dd.done"
dd.body:
  %".99" = load float, float* %"dd.acc"
  %".100" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".101" = load i32, ptr %".100", !alias.scope !3, !noalias !4
  %".102" = sext i32 %".101" to i64
  %".103" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".104" = load float, ptr %".103", !alias.scope !3, !noalias !4
  %".105" = getelementptr inbounds float, ptr %".89", i64 %".102"
  %".106" = load float, ptr %".105", !alias.scope !4, !noalias !3
  %".107" = fmul reassoc contract nsz arcp float %".106", %".104"
  %".108" = fadd reassoc contract nsz arcp float %".99", %".107"
  store float %".108", float* %"dd.acc"
  %".110" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".112" = load float, float* %"dd.acc"
  %".113" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".112", float* %".113"
  %".115" = add i64 %"mv", 1
  br label %"mv.head"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".127", %"lsemax.body"]
  %".119" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".119", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".121" = load float, float* %"lsemax.acc"
  %".122" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".123" = load float, float* %".122"
  %".124" = fcmp oge float %".121", %".123"
  %".125" = select  i1 %".124", float %".121", float %".123"
  store float %".125", float* %"lsemax.acc"
  %".127" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".129" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".141", %"lse.body"]
  %".132" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".132", label %"lse.body", label %"lse.done"
lse.body:
  %".134" = load float, float* %"lse.acc"
  %".135" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".136" = load float, float* %".135"
  %".137" = fsub reassoc contract nsz arcp float %".136", %".129"
  %".138" = call float @"llvm.exp.f32"(float %".137")
  %".139" = fadd reassoc contract nsz arcp float %".134", %".138"
  store float %".139", float* %"lse.acc"
  %".141" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".143" = load float, float* %"lse.acc"
  %".144" = call float @"llvm.log.f32"(float %".143")
  %".145" = fadd reassoc contract nsz arcp float %".129", %".144"
  %".146" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".70"
  %".147" = load i64, ptr %".146", !alias.scope !3, !noalias !4
  %".148" = add i64 %".70", 1
  %".149" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".148"
  %".150" = load i64, ptr %".149", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
dd.head.1:
  %"dd.1" = phi  i64 [%".147", %"lse.done"], [%".166", %"dd.body.1"]
  %".153" = icmp slt i64 %"dd.1", %".150"
  br i1 %".153", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".155" = load float, float* %"dd.acc.1"
  %".156" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".157" = load i32, ptr %".156", !alias.scope !3, !noalias !4
  %".158" = sext i32 %".157" to i64
  %".159" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".160" = load float, ptr %".159", !alias.scope !3, !noalias !4
  %".161" = getelementptr inbounds float, ptr %".83", i64 %".158"
  %".162" = load float, ptr %".161", !alias.scope !4, !noalias !3
  %".163" = fmul reassoc contract nsz arcp float %".162", %".160"
  %".164" = fadd reassoc contract nsz arcp float %".155", %".163"
  store float %".164", float* %"dd.acc.1"
  %".166" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".168" = load float, float* %"dd.acc.1"
  %".169" = fsub reassoc contract nsz arcp float %".145", %".168"
  %".170" = fpext float %".169" to double
  %".171" = load double, double* %"loss.acc"
  %".172" = fadd double %".171", %".170"
  store double %".172", double* %"loss.acc"
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"dd.done.1"], [%".209", %"op.done"]
  %".175" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".175", label %"outer.body", label %"outer.done"
outer.body:
  %".177" = mul i64 %"outer", %"dim.d"
  %".178" = getelementptr inbounds float, ptr %"param.W.p", i64 %".177"
  %".179" = getelementptr inbounds float, float* %"t0", i64 %"outer"
  %".180" = load float, float* %".179"
  %".181" = fsub reassoc contract nsz arcp float %".180", %".145"
  %".182" = call float @"llvm.exp.f32"(float %".181")
  %".183" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".70"
  %".184" = load i64, ptr %".183", !alias.scope !3, !noalias !4
  %".185" = add i64 %".70", 1
  %".186" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".185"
  %".187" = load i64, ptr %".186", !alias.scope !3, !noalias !4
  br label %"op.head"
outer.done:
  %".211" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".70"
  %".212" = load i64, ptr %".211", !alias.scope !3, !noalias !4
  %".213" = add i64 %".70", 1
  %".214" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".213"
  %".215" = load i64, ptr %".214", !alias.scope !3, !noalias !4
  br label %"sp.head"
op.head:
  %"op" = phi  i64 [%".184", %"outer.body"], [%".207", %"op.body"]
  %".189" = icmp slt i64 %"op", %".187"
  br i1 %".189", label %"op.body", label %"op.done"
op.body:
  %".191" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".192" = load i32, ptr %".191", !alias.scope !3, !noalias !4
  %".193" = sext i32 %".192" to i64
  %".194" = getelementptr inbounds float, ptr %"values.x.p", i64 %"op"
  %".195" = load float, ptr %".194", !alias.scope !3, !noalias !4
  %".196" = fmul reassoc contract nsz arcp float %".182", %".195"
  %".197" = mul i64 %"outer", %"dim.d"
  %".198" = add i64 %".197", %".193"
  %".199" = getelementptr inbounds float, ptr %".178", i64 %".193"
  %".200" = load float, ptr %".199", !alias.scope !4, !noalias !3
  %".201" = fmul reassoc contract nsz arcp float 0x3eb0c6f7a0000000, %".200"
  %".202" = fadd reassoc contract nsz arcp float %".196", %".201"
  %".203" = fmul reassoc contract nsz arcp float %".76", %".202"
  %".204" = fsub reassoc contract nsz arcp float %".200", %".203"
  %".205" = getelementptr inbounds float, ptr %".178", i64 %".193"
  store float %".204", ptr %".205", !alias.scope !4, !noalias !3
  %".207" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".209" = add i64 %"outer", 1
  br label %"outer.head"
sp.head:
  %"sp" = phi  i64 [%".212", %"outer.done"], [%".231", %"sp.body"]
  %".217" = icmp slt i64 %"sp", %".215"
  br i1 %".217", label %"sp.body", label %"sp.done"
sp.body:
  %".219" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".220" = load i32, ptr %".219", !alias.scope !3, !noalias !4
  %".221" = sext i32 %".220" to i64
  %".222" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".223" = load float, ptr %".222", !alias.scope !3, !noalias !4
  %".224" = fmul reassoc contract nsz arcp float 0xbff0000000000000, %".223"
  %".225" = getelementptr inbounds float, ptr %".83", i64 %".221"
  %".226" = load float, ptr %".225", !alias.scope !4, !noalias !3
  %".227" = fmul reassoc contract nsz arcp float %".76", %".224"
  %".228" = fsub reassoc contract nsz arcp float %".226", %".227"
  %".229" = getelementptr inbounds float, ptr %".83", i64 %".221"
  store float %".228", ptr %".229", !alias.scope !4, !noalias !3
  %".231" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".233" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.exp.f32"(float %".1")

declare float @"llvm.log.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".9"
  %"p0" = alloca float, i64 %"dim.classes"
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".10"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".11"
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"indptr.x" = load i64, ptr %".17"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".23"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".24"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".59", %"out.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".45", %"dd.done"]
  %".13" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".13", label %"mv.body", label %"mv.done"
mv.body:
  %".15" = mul i64 %"mv", %"dim.d"
  %".16" = getelementptr inbounds float, ptr %"param.W.p", i64 %".15"
  %".18" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".19" = load i64, ptr %".18", !alias.scope !3, !noalias !4
  %".20" = add i64 %"ex", 1
  %".21" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".20"
  %".22" = load i64, ptr %".21", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  %".47" = mul i64 %"ex", %"dim.classes"
  br label %"out.head"
dd.head:
  %"dd" = phi  i64 [%".19", %"mv.body"], [%".40", %"dd.body"]
  %".27" = icmp slt i64 %"dd", %".22"
  br i1 %".27", label %"dd.body", label %"dd.done"
dd.body:
  %".29" = load float, float* %"dd.acc"
  %".30" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".31" = load i32, ptr %".30", !alias.scope !3, !noalias !4
  %".32" = sext i32 %".31" to i64
  %".33" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".34" = load float, ptr %".33", !alias.scope !3, !noalias !4
  %".35" = getelementptr inbounds float, ptr %".16", i64 %".32"
  %".36" = load float, ptr %".35", !alias.scope !4, !noalias !3
  %".37" = fmul reassoc contract nsz arcp float %".36", %".34"
  %".38" = fadd reassoc contract nsz arcp float %".29", %".37"
  store float %".38", float* %"dd.acc"
  %".40" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".42" = load float, float* %"dd.acc"
  %".43" = getelementptr inbounds float, float* %"p0", i64 %"mv"
  store float %".42", float* %".43"
  %".45" = add i64 %"mv", 1
  br label %"mv.head"
out.head:
  %"out.1" = phi  i64 [0, %"mv.done"], [%".57", %"out.body"]
  %".49" = icmp slt i64 %"out.1", %"dim.classes"
  br i1 %".49", label %"out.body", label %"out.done"
out.body:
  %".51" = getelementptr inbounds float, float* %"p0", i64 %"out.1"
  %".52" = load float, float* %".51"
  %".53" = fpext float %".52" to double
  %".54" = add i64 %".47", %"out.1"
  %".55" = getelementptr inbounds double, ptr %"out", i64 %".54"
  store double %".53", ptr %".55"
  %".57" = add i64 %"out.1", 1
  br label %"out.head"
out.done:
  %".59" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".9"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.y" = load i64, ptr %".11"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".17"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".19"
  %"t0" = alloca float, i64 %"dim.classes"
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"indptr.x" = load i64, ptr %".25"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".31" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".31"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".32" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".32"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"dd.acc.1" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".111", %"dd.done.1"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = mul i64 1, %"dim.d"
  %".12" = getelementptr inbounds i32, ptr %"field.y.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !3, !noalias !4
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", %".10"
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.W.p", i64 %".16"
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".53", %"dd.done"]
  %".21" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".21", label %"mv.body", label %"mv.done"
mv.body:
  %".23" = mul i64 %"mv", %"dim.d"
  %".24" = getelementptr inbounds float, ptr %"param.W.p", i64 %".23"
  %".26" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".27" = load i64, ptr %".26", !alias.scope !3, !noalias !4
  %".28" = add i64 %"ex", 1
  %".29" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".28"
  %".30" = load i64, ptr %".29", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
dd.head:
  %"dd" = phi  i64 [%".27", %"mv.body"], [%".48", %"dd.body"]
  %".35" = icmp slt i64 %"dd", %".30"
  br i1 %".35", label %"dd.body", label %"dd.done"
dd.body:
  %".37" = load float, float* %"dd.acc"
  %".38" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".39" = load i32, ptr %".38", !alias.scope !3, !noalias !4
  %".40" = sext i32 %".39" to i64
  %".41" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".42" = load float, ptr %".41", !alias.scope !3, !noalias !4
  %".43" = getelementptr inbounds float, ptr %".24", i64 %".40"
  %".44" = load float, ptr %".43", !alias.scope !4, !noalias !3
  %".45" = fmul reassoc contract nsz arcp float %".44", %".42"
  %".46" = fadd reassoc contract nsz arcp float %".37", %".45"
  store float %".46", float* %"dd.acc"
  %".48" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".50" = load float, float* %"dd.acc"
  %".51" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".50", float* %".51"
  %".53" = add i64 %"mv", 1
  br label %"mv.head"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".65", %"lsemax.body"]
  %".57" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".57", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".59" = load float, float* %"lsemax.acc"
  %".60" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".61" = load float, float* %".60"
  %".62" = fcmp oge float %".59", %".61"
  %".63" = select  i1 %".62", float %".59", float %".61"
  store float %".63", float* %"lsemax.acc"
  %".65" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".67" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".79", %"lse.body"]
  %".70" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".70", label %"lse.body", label %"lse.done"
lse.body:
  %".72" = load float, float* %"lse.acc"
  %".73" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".74" = load float, float* %".73"
  %".75" = fsub reassoc contract nsz arcp float %".74", %".67"
  %".76" = call float @"llvm.exp.f32"(float %".75")
  %".77" = fadd reassoc contract nsz arcp float %".72", %".76"
  store float %".77", float* %"lse.acc"
  %".79" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".81" = load float, float* %"lse.acc"
  %".82" = call float @"llvm.log.f32"(float %".81")
  %".83" = fadd reassoc contract nsz arcp float %".67", %".82"
  %".84" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".85" = load i64, ptr %".84", !alias.scope !3, !noalias !4
  %".86" = add i64 %"ex", 1
  %".87" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".86"
  %".88" = load i64, ptr %".87", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
dd.head.1:
  %"dd.1" = phi  i64 [%".85", %"lse.done"], [%".104", %"dd.body.1"]
  %".91" = icmp slt i64 %"dd.1", %".88"
  br i1 %".91", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".93" = load float, float* %"dd.acc.1"
  %".94" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".95" = load i32, ptr %".94", !alias.scope !3, !noalias !4
  %".96" = sext i32 %".95" to i64
  %".97" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".98" = load float, ptr %".97", !alias.scope !3, !noalias !4
  %".99" = getelementptr inbounds float, ptr %".18", i64 %".96"
  %".100" = load float, ptr %".99", !alias.scope !4, !noalias !3
  %".101" = fmul reassoc contract nsz arcp float %".100", %".98"
  %".102" = fadd reassoc contract nsz arcp float %".93", %".101"
  store float %".102", float* %"dd.acc.1"
  %".104" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".106" = load float, float* %"dd.acc.1"
  %".107" = fsub reassoc contract nsz arcp float %".83", %".106"
  %".108" = fpext float %".107" to double
  %".109" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".108", ptr %".109"
  %".111" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.W", !0 }
!3 = !{ !1 }
!4 = !{ !2 }