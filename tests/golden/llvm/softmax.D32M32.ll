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
  %".73" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"t0." = load i64, ptr %".73"
  %".86" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".86"
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
  %"ex" = phi  i64 [%"begin", %"start"], [%".235", %"sp.done"]
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
  %".69" = getelementptr i8, ptr %".60", i64 255
  call void @"llvm.prefetch.p0"(ptr %".69", i32 0, i32 3, i32 1)
  %".71" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".71", !alias.scope !3, !noalias !4
  %".72" = sext i32 %"e" to i64
  %".74" = add i64 %"t0.", %"ex"
  %".75" = sitofp i64 %".74" to float
  %".76" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".9"
  %".77" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".76"
  %".78" = fdiv float 0x4000000000000000, %".77"
  %".79" = mul i64 1, %"dim.d"
  %".80" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".72"
  %".81" = load i32, ptr %".80", !alias.scope !3, !noalias !4
  %".82" = sext i32 %".81" to i64
  %".83" = mul i64 %".82", %".79"
  %".84" = add i64 0, %".83"
  %".85" = getelementptr inbounds float, ptr %"param.W.p", i64 %".84"
  br label %"mv.head"
ex.done:
  %".237" = load double, double* %"loss.acc"
  store double %".237", ptr %"out"
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".117", %"dd.done"]
  %".88" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".88", label %"mv.body", label %"mv.done"
mv.body:
  %".90" = mul i64 %"mv", %"dim.d"
  %".91" = getelementptr inbounds float, ptr %"param.W.p", i64 %".90"
  %".92" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".72"
  %".93" = load i64, ptr %".92", !alias.scope !3, !noalias !4
  %".94" = add i64 %".72", 1
  %".95" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".94"
  %".96" = load i64, ptr %".95", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
dd.head:
  %"dd" = phi  i64 [%".93", %"mv.body"], [%".112", %"dd.body"]
  %".99" = icmp slt i64 %"dd", %".96"
  br i1 %".99", label %"dd.body", label %"dd.done"
dd.body:
  %".101" = load float, float* %"dd.acc"
  %".102" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".103" = load i32, ptr %".102", !alias.scope !3, !noalias !4
  %".104" = sext i32 %".103" to i64
  %".105" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".106" = load float, ptr %".105", !alias.scope !3, !noalias !4
  %".107" = getelementptr inbounds float, ptr %".91", i64 %".104"
  %".108" = load float, ptr %".107", !alias.scope !4, !noalias !3
  %".109" = fmul reassoc contract nsz arcp float %".108", %".106"
  %".110" = fadd reassoc contract nsz arcp float %".101", %".109"
  store float %".110", float* %"dd.acc"
  %".112" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".114" = load float, float* %"dd.acc"
  %".115" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".114", float* %".115"
  %".117" = add i64 %"mv", 1
  br label %"mv.head"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".129", %"lsemax.body"]
  %".121" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".121", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".123" = load float, float* %"lsemax.acc"
  %".124" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".125" = load float, float* %".124"
  %".126" = fcmp oge float %".123", %".125"
  %".127" = select  i1 %".126", float %".123", float %".125"
  store float %".127", float* %"lsemax.acc"
  %".129" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".131" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".143", %"lse.body"]
  %".134" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".134", label %"lse.body", label %"lse.done"
lse.body:
  %".136" = load float, float* %"lse.acc"
  %".137" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".138" = load float, float* %".137"
  %".139" = fsub reassoc contract nsz arcp float %".138", %".131"
  %".140" = call float @"llvm.exp.f32"(float %".139")
  %".141" = fadd reassoc contract nsz arcp float %".136", %".140"
  store float %".141", float* %"lse.acc"
  %".143" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".145" = load float, float* %"lse.acc"
  %".146" = call float @"llvm.log.f32"(float %".145")
  %".147" = fadd reassoc contract nsz arcp float %".131", %".146"
  %".148" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".72"
  %".149" = load i64, ptr %".148", !alias.scope !3, !noalias !4
  %".150" = add i64 %".72", 1
  %".151" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".150"
  %".152" = load i64, ptr %".151", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
dd.head.1:
  %"dd.1" = phi  i64 [%".149", %"lse.done"], [%".168", %"dd.body.1"]
  %".155" = icmp slt i64 %"dd.1", %".152"
  br i1 %".155", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".157" = load float, float* %"dd.acc.1"
  %".158" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".159" = load i32, ptr %".158", !alias.scope !3, !noalias !4
  %".160" = sext i32 %".159" to i64
  %".161" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".162" = load float, ptr %".161", !alias.scope !3, !noalias !4
  %".163" = getelementptr inbounds float, ptr %".85", i64 %".160"
  %".164" = load float, ptr %".163", !alias.scope !4, !noalias !3
  %".165" = fmul reassoc contract nsz arcp float %".164", %".162"
  %".166" = fadd reassoc contract nsz arcp float %".157", %".165"
  store float %".166", float* %"dd.acc.1"
  %".168" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".170" = load float, float* %"dd.acc.1"
  %".171" = fsub reassoc contract nsz arcp float %".147", %".170"
  %".172" = fpext float %".171" to double
  %".173" = load double, double* %"loss.acc"
  %".174" = fadd double %".173", %".172"
  store double %".174", double* %"loss.acc"
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"dd.done.1"], [%".211", %"op.done"]
  %".177" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".177", label %"outer.body", label %"outer.done"
outer.body:
  %".179" = mul i64 %"outer", %"dim.d"
  %".180" = getelementptr inbounds float, ptr %"param.W.p", i64 %".179"
  %".181" = getelementptr inbounds float, float* %"t0", i64 %"outer"
  %".182" = load float, float* %".181"
  %".183" = fsub reassoc contract nsz arcp float %".182", %".147"
  %".184" = call float @"llvm.exp.f32"(float %".183")
  %".185" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".72"
  %".186" = load i64, ptr %".185", !alias.scope !3, !noalias !4
  %".187" = add i64 %".72", 1
  %".188" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".187"
  %".189" = load i64, ptr %".188", !alias.scope !3, !noalias !4
  br label %"op.head"
outer.done:
  %".213" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".72"
  %".214" = load i64, ptr %".213", !alias.scope !3, !noalias !4
  %".215" = add i64 %".72", 1
  %".216" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".215"
  %".217" = load i64, ptr %".216", !alias.scope !3, !noalias !4
  br label %"sp.head"
op.head:
  %"op" = phi  i64 [%".186", %"outer.body"], [%".209", %"op.body"]
  %".191" = icmp slt i64 %"op", %".189"
  br i1 %".191", label %"op.body", label %"op.done"
op.body:
  %".193" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".194" = load i32, ptr %".193", !alias.scope !3, !noalias !4
  %".195" = sext i32 %".194" to i64
  %".196" = getelementptr inbounds float, ptr %"values.x.p", i64 %"op"
  %".197" = load float, ptr %".196", !alias.scope !3, !noalias !4
  %".198" = fmul reassoc contract nsz arcp float %".184", %".197"
  %".199" = mul i64 %"outer", %"dim.d"
  %".200" = add i64 %".199", %".195"
  %".201" = getelementptr inbounds float, ptr %".180", i64 %".195"
  %".202" = load float, ptr %".201", !alias.scope !4, !noalias !3
  %".203" = fmul reassoc contract nsz arcp float 0x3eb0c6f7a0000000, %".202"
  %".204" = fadd reassoc contract nsz arcp float %".198", %".203"
  %".205" = fmul reassoc contract nsz arcp float %".78", %".204"
  %".206" = fsub reassoc contract nsz arcp float %".202", %".205"
  %".207" = getelementptr inbounds float, ptr %".180", i64 %".195"
  store float %".206", ptr %".207", !alias.scope !4, !noalias !3
  %".209" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".211" = add i64 %"outer", 1
  br label %"outer.head"
sp.head:
  %"sp" = phi  i64 [%".214", %"outer.done"], [%".233", %"sp.body"]
  %".219" = icmp slt i64 %"sp", %".217"
  br i1 %".219", label %"sp.body", label %"sp.done"
sp.body:
  %".221" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".222" = load i32, ptr %".221", !alias.scope !3, !noalias !4
  %".223" = sext i32 %".222" to i64
  %".224" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".225" = load float, ptr %".224", !alias.scope !3, !noalias !4
  %".226" = fmul reassoc contract nsz arcp float 0xbff0000000000000, %".225"
  %".227" = getelementptr inbounds float, ptr %".85", i64 %".223"
  %".228" = load float, ptr %".227", !alias.scope !4, !noalias !3
  %".229" = fmul reassoc contract nsz arcp float %".78", %".226"
  %".230" = fsub reassoc contract nsz arcp float %".228", %".229"
  %".231" = getelementptr inbounds float, ptr %".85", i64 %".223"
  store float %".230", ptr %".231", !alias.scope !4, !noalias !3
  %".233" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".235" = add i64 %"ex", 1
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