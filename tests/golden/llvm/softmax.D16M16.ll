; llvmlite 0.50.0
; ModuleID = "sgdc.softmax"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"epoch." = load i64, ptr %".8"
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"indptr.x" = load i64, ptr %".22"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.y" = load i64, ptr %".25"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".36" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".36"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".46"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".59"
  %".61" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".61"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".72" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"t0." = load i64, ptr %".72"
  %".93" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".93"
  %"t0" = alloca float, i64 %"dim.classes"
  %".104" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".104"
  %".105" = trunc i64 %"scale.x" to i32
  %".106" = bitcast i32 %".105" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"idot.acc.1" = alloca i64
  %"idot.acc32.1" = alloca i32
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".560", %"sp.done"]
  %".14" = icmp slt i64 %"ex", %"end"
  br i1 %".14", label %"ex.body", label %"ex.done"
ex.body:
  %".16" = add i64 %"ex", 16
  %".17" = icmp slt i64 %".16", %"end"
  %".18" = select  i1 %".17", i64 %".16", i64 %"ex"
  %".19" = getelementptr inbounds i32, ptr %"order..p", i64 %".18"
  %".20" = load i32, ptr %".19"
  %".21" = sext i32 %".20" to i64
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".26" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = add i64 %"ex", 8
  %".29" = icmp slt i64 %".28", %"end"
  %".30" = select  i1 %".29", i64 %".28", i64 %"ex"
  %".31" = getelementptr inbounds i32, ptr %"order..p", i64 %".30"
  %".32" = load i32, ptr %".31"
  %".33" = sext i32 %".32" to i64
  %".34" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".33"
  %".35" = load i64, ptr %".34"
  %".37" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".35"
  %".38" = getelementptr i8, ptr %".37", i64 0
  call void @"llvm.prefetch.p0"(ptr %".38", i32 0, i32 3, i32 1)
  %".40" = getelementptr i8, ptr %".37", i64 64
  call void @"llvm.prefetch.p0"(ptr %".40", i32 0, i32 3, i32 1)
  %".42" = getelementptr i8, ptr %".37", i64 128
  call void @"llvm.prefetch.p0"(ptr %".42", i32 0, i32 3, i32 1)
  %".44" = getelementptr i8, ptr %".37", i64 192
  call void @"llvm.prefetch.p0"(ptr %".44", i32 0, i32 3, i32 1)
  %".47" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".35"
  %".48" = getelementptr i8, ptr %".47", i64 0
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".50" = getelementptr i8, ptr %".47", i64 64
  call void @"llvm.prefetch.p0"(ptr %".50", i32 0, i32 3, i32 1)
  %".52" = getelementptr i8, ptr %".47", i64 128
  call void @"llvm.prefetch.p0"(ptr %".52", i32 0, i32 3, i32 1)
  %".54" = getelementptr i8, ptr %".47", i64 192
  call void @"llvm.prefetch.p0"(ptr %".54", i32 0, i32 3, i32 1)
  %".56" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".33"
  %".57" = load i32, ptr %".56"
  %".58" = sext i32 %".57" to i64
  %".60" = mul i64 1, %"dim.d"
  %".62" = mul i64 %".58", %".60"
  %".63" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".62"
  %".64" = getelementptr i8, ptr %".63", i64 0
  call void @"llvm.prefetch.p0"(ptr %".64", i32 0, i32 3, i32 1)
  %".66" = getelementptr i8, ptr %".63", i64 64
  call void @"llvm.prefetch.p0"(ptr %".66", i32 0, i32 3, i32 1)
  %".68" = getelementptr i8, ptr %".63", i64 127
  call void @"llvm.prefetch.p0"(ptr %".68", i32 0, i32 3, i32 1)
  %".70" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".70", !alias.scope !3, !noalias !4
  %".71" = sext i32 %"e" to i64
  %".73" = add i64 %"t0.", %"ex"
  %".74" = sitofp i64 %".73" to float
  %".75" = fmul float 0x3fe0000000000000, %".9"
  %".76" = fadd float 0x3ff0000000000000, %".75"
  %".77" = fdiv float 0x4000000000000000, %".76"
  %".78" = load i32, i32* %"rng.state"
  %".79" = shl i32 %".78", 13
  %".80" = xor i32 %".78", %".79"
  %".81" = lshr i32 %".80", 17
  %".82" = xor i32 %".80", %".81"
  %".83" = shl i32 %".82", 5
  %".84" = xor i32 %".82", %".83"
  store i32 %".84", i32* %"rng.state"
  %".86" = mul i64 1, %"dim.d"
  %".87" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".71"
  %".88" = load i32, ptr %".87", !alias.scope !3, !noalias !4
  %".89" = sext i32 %".88" to i64
  %".90" = mul i64 %".89", %".86"
  %".91" = add i64 0, %".90"
  %".92" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".91"
  br label %"mv.head"
ex.done:
  %".562" = load double, double* %"loss.acc"
  store double %".562", ptr %"out"
  %".564" = load i32, i32* %"rng.state"
  store i32 %".564", ptr %"rng..p"
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".167", %"mv.body.endif"]
  %".95" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".95", label %"mv.body", label %"mv.done"
mv.body:
  %".97" = mul i64 %"mv", %"dim.d"
  %".98" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".97"
  %".99" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".71"
  %".100" = load i64, ptr %".99", !alias.scope !3, !noalias !4
  %".101" = add i64 %".71", 1
  %".102" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".101"
  %".103" = load i64, ptr %".102", !alias.scope !3, !noalias !4
  %".107" = fmul float %".106", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".109" = sub i64 %".103", %".100"
  %".110" = icmp sle i64 %".109", 2
  br i1 %".110", label %"mv.body.if", label %"mv.body.else"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".162" = load i64, i64* %"idot.acc"
  %".163" = sitofp i64 %".162" to float
  %".164" = fmul float %".163", %".107"
  %".165" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".164", float* %".165"
  %".167" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".100", %"mv.body.if"], [%".133", %"idot32.body"]
  %".114" = icmp slt i64 %"idot32", %".103"
  br i1 %".114", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".116" = load i32, i32* %"idot.acc32"
  %".117" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".118" = load i32, ptr %".117", !alias.scope !3, !noalias !4
  %".119" = sext i32 %".118" to i64
  %".120" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".121" = load i16, ptr %".120", !alias.scope !3, !noalias !4
  %".122" = sitofp i16 %".121" to float
  %".123" = fmul float %".122", %".106"
  %".124" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".125" = load i16, ptr %".124", !alias.scope !3, !noalias !4
  %".126" = sext i16 %".125" to i32
  %".127" = getelementptr inbounds i16, ptr %".98", i64 %".119"
  %".128" = load i16, ptr %".127", !alias.scope !4, !noalias !3
  %".129" = sext i16 %".128" to i32
  %".130" = mul i32 %".126", %".129"
  %".131" = add i32 %".116", %".130"
  store i32 %".131", i32* %"idot.acc32"
  %".133" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".135" = load i32, i32* %"idot.acc32"
  %".136" = sext i32 %".135" to i64
  store i64 %".136", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".100", %"mv.body.else"], [%".159", %"idot64.body"]
  %".140" = icmp slt i64 %"idot64", %".103"
  br i1 %".140", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".142" = load i64, i64* %"idot.acc"
  %".143" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".144" = load i32, ptr %".143", !alias.scope !3, !noalias !4
  %".145" = sext i32 %".144" to i64
  %".146" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".147" = load i16, ptr %".146", !alias.scope !3, !noalias !4
  %".148" = sitofp i16 %".147" to float
  %".149" = fmul float %".148", %".106"
  %".150" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".151" = load i16, ptr %".150", !alias.scope !3, !noalias !4
  %".152" = sext i16 %".151" to i64
  %".153" = getelementptr inbounds i16, ptr %".98", i64 %".145"
  %".154" = load i16, ptr %".153", !alias.scope !4, !noalias !3
  %".155" = sext i16 %".154" to i64
  %".156" = mul i64 %".152", %".155"
  %".157" = add i64 %".142", %".156"
  store i64 %".157", i64* %"idot.acc"
  %".159" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".179", %"lsemax.body"]
  %".171" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".171", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".173" = load float, float* %"lsemax.acc"
  %".174" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".175" = load float, float* %".174"
  %".176" = fcmp oge float %".173", %".175"
  %".177" = select  i1 %".176", float %".173", float %".175"
  store float %".177", float* %"lsemax.acc"
  %".179" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".181" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".193", %"lse.body"]
  %".184" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".184", label %"lse.body", label %"lse.done"
lse.body:
  %".186" = load float, float* %"lse.acc"
  %".187" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".188" = load float, float* %".187"
  %".189" = fsub float %".188", %".181"
  %".190" = call float @"llvm.exp.f32"(float %".189")
  %".191" = fadd float %".186", %".190"
  store float %".191", float* %"lse.acc"
  %".193" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".195" = load float, float* %"lse.acc"
  %".196" = call float @"llvm.log.f32"(float %".195")
  %".197" = fadd float %".181", %".196"
  %".198" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".71"
  %".199" = load i64, ptr %".198", !alias.scope !3, !noalias !4
  %".200" = add i64 %".71", 1
  %".201" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".200"
  %".202" = load i64, ptr %".201", !alias.scope !3, !noalias !4
  %".203" = fmul float %".106", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".205" = sub i64 %".202", %".199"
  %".206" = icmp sle i64 %".205", 2
  br i1 %".206", label %"lse.done.if", label %"lse.done.else"
lse.done.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
lse.done.else:
  br label %"idot64.head.1"
lse.done.endif:
  %".258" = load i64, i64* %"idot.acc.1"
  %".259" = sitofp i64 %".258" to float
  %".260" = fmul float %".259", %".203"
  %".261" = fsub float %".197", %".260"
  %".262" = fpext float %".261" to double
  %".263" = load double, double* %"loss.acc"
  %".264" = fadd double %".263", %".262"
  store double %".264", double* %"loss.acc"
  br label %"outer.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".199", %"lse.done.if"], [%".229", %"idot32.body.1"]
  %".210" = icmp slt i64 %"idot32.1", %".202"
  br i1 %".210", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".212" = load i32, i32* %"idot.acc32.1"
  %".213" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".214" = load i32, ptr %".213", !alias.scope !3, !noalias !4
  %".215" = sext i32 %".214" to i64
  %".216" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32.1"
  %".217" = load i16, ptr %".216", !alias.scope !3, !noalias !4
  %".218" = sitofp i16 %".217" to float
  %".219" = fmul float %".218", %".106"
  %".220" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32.1"
  %".221" = load i16, ptr %".220", !alias.scope !3, !noalias !4
  %".222" = sext i16 %".221" to i32
  %".223" = getelementptr inbounds i16, ptr %".92", i64 %".215"
  %".224" = load i16, ptr %".223", !alias.scope !4, !noalias !3
  %".225" = sext i16 %".224" to i32
  %".226" = mul i32 %".222", %".225"
  %".227" = add i32 %".212", %".226"
  store i32 %".227", i32* %"idot.acc32.1"
  %".229" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".231" = load i32, i32* %"idot.acc32.1"
  %".232" = sext i32 %".231" to i64
  store i64 %".232", i64* %"idot.acc.1"
  br label %"lse.done.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".199", %"lse.done.else"], [%".255", %"idot64.body.1"]
  %".236" = icmp slt i64 %"idot64.1", %".202"
  br i1 %".236", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".238" = load i64, i64* %"idot.acc.1"
  %".239" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".240" = load i32, ptr %".239", !alias.scope !3, !noalias !4
  %".241" = sext i32 %".240" to i64
  %".242" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64.1"
  %".243" = load i16, ptr %".242", !alias.scope !3, !noalias !4
  %".244" = sitofp i16 %".243" to float
  %".245" = fmul float %".244", %".106"
  %".246" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64.1"
  %".247" = load i16, ptr %".246", !alias.scope !3, !noalias !4
  %".248" = sext i16 %".247" to i64
  %".249" = getelementptr inbounds i16, ptr %".92", i64 %".241"
  %".250" = load i16, ptr %".249", !alias.scope !4, !noalias !3
  %".251" = sext i16 %".250" to i64
  %".252" = mul i64 %".248", %".251"
  %".253" = add i64 %".238", %".252"
  store i64 %".253", i64* %"idot.acc.1"
  %".255" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"lse.done.endif"
outer.head:
  %"outer" = phi  i64 [0, %"lse.done.endif"], [%".329", %"op.done"]
  %".267" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".267", label %"outer.body", label %"outer.done"
outer.body:
  %".269" = mul i64 %"outer", %"dim.d"
  %".270" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".269"
  %".271" = getelementptr inbounds float, float* %"t0", i64 %"outer"
  %".272" = load float, float* %".271"
  %".273" = fsub float %".272", %".197"
  %".274" = call float @"llvm.exp.f32"(float %".273")
  %".275" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".71"
  %".276" = load i64, ptr %".275", !alias.scope !3, !noalias !4
  %".277" = add i64 %".71", 1
  %".278" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".277"
  %".279" = load i64, ptr %".278", !alias.scope !3, !noalias !4
  br label %"op.head"
outer.done:
  %".331" = fmul float %".77", 0xbff0000000000000
  %".332" = fmul float %".106", 0x40b0000000000000
  %".333" = fmul float %".331", %".332"
  %".334" = fcmp ogt float %".333", 0x4630000000000000
  %".335" = select  i1 %".334", float 0x4630000000000000, float %".333"
  %".336" = fcmp olt float %".335", 0xc630000000000000
  %".337" = select  i1 %".336", float 0xc630000000000000, float %".335"
  %".338" = fcmp uno float %".333", %".333"
  %".339" = fcmp uno float %".333", %".333"
  %".340" = or i1 %".338", %".339"
  %".341" = select  i1 %".340", float              0x0, float %".337"
  %".342" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".71"
  %".343" = load i64, ptr %".342", !alias.scope !3, !noalias !4
  %".344" = add i64 %".71", 1
  %".345" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".344"
  %".346" = load i64, ptr %".345", !alias.scope !3, !noalias !4
  %".347" = sub i64 %".346", %".343"
  %".348" = sdiv i64 %".347", 16
  br label %"spv.head"
op.head:
  %"op" = phi  i64 [%".276", %"outer.body"], [%".327", %"op.body"]
  %".281" = icmp slt i64 %"op", %".279"
  br i1 %".281", label %"op.body", label %"op.done"
op.body:
  %".283" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".284" = load i32, ptr %".283", !alias.scope !3, !noalias !4
  %".285" = sext i32 %".284" to i64
  %".286" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"op"
  %".287" = load i16, ptr %".286", !alias.scope !3, !noalias !4
  %".288" = sitofp i16 %".287" to float
  %".289" = fmul float %".288", %".106"
  %".290" = fmul float %".274", %".289"
  %".291" = mul i64 %"outer", %"dim.d"
  %".292" = add i64 %".291", %".285"
  %".293" = getelementptr inbounds i16, ptr %".270", i64 %".285"
  %".294" = load i16, ptr %".293", !alias.scope !4, !noalias !3
  %".295" = sitofp i16 %".294" to float
  %".296" = fmul float %".295", 0x3f30000000000000
  %".297" = fmul float 0x3eb0c6f7a0000000, %".296"
  %".298" = fadd float %".290", %".297"
  %".299" = fmul float %".77", %".298"
  %".300" = fmul float %".299", 0x40b0000000000000
  %".301" = fsub float %".295", %".300"
  %".302" = xor i32 %".84", 0
  %".303" = lshr i32 %".302", 16
  %".304" = xor i32 %".302", %".303"
  %".305" = mul i32 %".304", 2146121005
  %".306" = lshr i32 %".305", 15
  %".307" = xor i32 %".305", %".306"
  %".308" = mul i32 %".307", 2221713035
  %".309" = lshr i32 %".308", 16
  %".310" = xor i32 %".308", %".309"
  %".311" = trunc i64 %".292" to i32
  %".312" = mul i32 %".311", 2654435769
  %".313" = add i32 %".310", %".312"
  %".314" = lshr i32 %".313", 8
  %".315" = uitofp i32 %".314" to float
  %".316" = fmul float %".315", 0x3e70000000000000
  %".317" = fadd float %".301", %".316"
  %".318" = call float @"llvm.floor.f32"(float %".317")
  %".319" = fcmp ogt float %".318", 0x40dfffc000000000
  %".320" = select  i1 %".319", float 0x40dfffc000000000, float %".318"
  %".321" = fcmp olt float %".320", 0xc0dfffc000000000
  %".322" = select  i1 %".321", float 0xc0dfffc000000000, float %".320"
  %".323" = fcmp uno float %".322", %".322"
  %".324" = select  i1 %".323", float              0x0, float %".322"
  %".325" = fptosi float %".324" to i16
  store i16 %".325", ptr %".293", !alias.scope !4, !noalias !3
  %".327" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".329" = add i64 %"outer", 1
  br label %"outer.head"
spv.head:
  %"spv" = phi  i64 [0, %"outer.done"], [%".517", %"spv.body"]
  %".350" = icmp slt i64 %"spv", %".348"
  br i1 %".350", label %"spv.body", label %"spv.done"
spv.body:
  %".352" = mul i64 %"spv", 16
  %".353" = add i64 %".343", %".352"
  %".354" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".353"
  %".355" = load <16 x i32>, ptr %".354", align 4, !alias.scope !3, !noalias !4
  %".356" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".353"
  %".357" = load <16 x i16>, ptr %".356", align 2, !alias.scope !3, !noalias !4
  %".358" = sext <16 x i32> %".355" to <16 x i64>
  %".359" = sitofp <16 x i16> %".357" to <16 x float>
  %".360" = extractelement <16 x i64> %".358", i32 0
  %".361" = getelementptr inbounds i16, ptr %".92", i64 %".360"
  %".362" = load i16, ptr %".361", !alias.scope !4, !noalias !3
  %".363" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".362", i32 0
  %".364" = extractelement <16 x i64> %".358", i32 1
  %".365" = getelementptr inbounds i16, ptr %".92", i64 %".364"
  %".366" = load i16, ptr %".365", !alias.scope !4, !noalias !3
  %".367" = insertelement <16 x i16> %".363", i16 %".366", i32 1
  %".368" = extractelement <16 x i64> %".358", i32 2
  %".369" = getelementptr inbounds i16, ptr %".92", i64 %".368"
  %".370" = load i16, ptr %".369", !alias.scope !4, !noalias !3
  %".371" = insertelement <16 x i16> %".367", i16 %".370", i32 2
  %".372" = extractelement <16 x i64> %".358", i32 3
  %".373" = getelementptr inbounds i16, ptr %".92", i64 %".372"
  %".374" = load i16, ptr %".373", !alias.scope !4, !noalias !3
  %".375" = insertelement <16 x i16> %".371", i16 %".374", i32 3
  %".376" = extractelement <16 x i64> %".358", i32 4
  %".377" = getelementptr inbounds i16, ptr %".92", i64 %".376"
  %".378" = load i16, ptr %".377", !alias.scope !4, !noalias !3
  %".379" = insertelement <16 x i16> %".375", i16 %".378", i32 4
  %".380" = extractelement <16 x i64> %".358", i32 5
  %".381" = getelementptr inbounds i16, ptr %".92", i64 %".380"
  %".382" = load i16, ptr %".381", !alias.scope !4, !noalias !3
  %".383" = insertelement <16 x i16> %".379", i16 %".382", i32 5
  %".384" = extractelement <16 x i64> %".358", i32 6
  %".385" = getelementptr inbounds i16, ptr %".92", i64 %".384"
  %".386" = load i16, ptr %".385", !alias.scope !4, !noalias !3
  %".387" = insertelement <16 x i16> %".383", i16 %".386", i32 6
  %".388" = extractelement <16 x i64> %".358", i32 7
  %".389" = getelementptr inbounds i16, ptr %".92", i64 %".388"
  %".390" = load i16, ptr %".389", !alias.scope !4, !noalias !3
  %".391" = insertelement <16 x i16> %".387", i16 %".390", i32 7
  %".392" = extractelement <16 x i64> %".358", i32 8
  %".393" = getelementptr inbounds i16, ptr %".92", i64 %".392"
  %".394" = load i16, ptr %".393", !alias.scope !4, !noalias !3
  %".395" = insertelement <16 x i16> %".391", i16 %".394", i32 8
  %".396" = extractelement <16 x i64> %".358", i32 9
  %".397" = getelementptr inbounds i16, ptr %".92", i64 %".396"
  %".398" = load i16, ptr %".397", !alias.scope !4, !noalias !3
  %".399" = insertelement <16 x i16> %".395", i16 %".398", i32 9
  %".400" = extractelement <16 x i64> %".358", i32 10
  %".401" = getelementptr inbounds i16, ptr %".92", i64 %".400"
  %".402" = load i16, ptr %".401", !alias.scope !4, !noalias !3
  %".403" = insertelement <16 x i16> %".399", i16 %".402", i32 10
  %".404" = extractelement <16 x i64> %".358", i32 11
  %".405" = getelementptr inbounds i16, ptr %".92", i64 %".404"
  %".406" = load i16, ptr %".405", !alias.scope !4, !noalias !3
  %".407" = insertelement <16 x i16> %".403", i16 %".406", i32 11
  %".408" = extractelement <16 x i64> %".358", i32 12
  %".409" = getelementptr inbounds i16, ptr %".92", i64 %".408"
  %".410" = load i16, ptr %".409", !alias.scope !4, !noalias !3
  %".411" = insertelement <16 x i16> %".407", i16 %".410", i32 12
  %".412" = extractelement <16 x i64> %".358", i32 13
  %".413" = getelementptr inbounds i16, ptr %".92", i64 %".412"
  %".414" = load i16, ptr %".413", !alias.scope !4, !noalias !3
  %".415" = insertelement <16 x i16> %".411", i16 %".414", i32 13
  %".416" = extractelement <16 x i64> %".358", i32 14
  %".417" = getelementptr inbounds i16, ptr %".92", i64 %".416"
  %".418" = load i16, ptr %".417", !alias.scope !4, !noalias !3
  %".419" = insertelement <16 x i16> %".415", i16 %".418", i32 14
  %".420" = extractelement <16 x i64> %".358", i32 15
  %".421" = getelementptr inbounds i16, ptr %".92", i64 %".420"
  %".422" = load i16, ptr %".421", !alias.scope !4, !noalias !3
  %".423" = insertelement <16 x i16> %".419", i16 %".422", i32 15
  %".424" = sitofp <16 x i16> %".423" to <16 x float>
  %".425" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".341", i32 0
  %".426" = shufflevector <16 x float> %".425", <16 x float> %".425", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".427" = fmul <16 x float> %".426", %".359"
  %".428" = fsub <16 x float> %".424", %".427"
  %".429" = xor i32 %".84", 2654435769
  %".430" = lshr i32 %".429", 16
  %".431" = xor i32 %".429", %".430"
  %".432" = mul i32 %".431", 2146121005
  %".433" = lshr i32 %".432", 15
  %".434" = xor i32 %".432", %".433"
  %".435" = mul i32 %".434", 2221713035
  %".436" = lshr i32 %".435", 16
  %".437" = xor i32 %".435", %".436"
  %".438" = trunc <16 x i64> %".358" to <16 x i32>
  %".439" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".437", i32 0
  %".440" = shufflevector <16 x i32> %".439", <16 x i32> %".439", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = mul <16 x i32> %".438", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".442" = add <16 x i32> %".440", %".441"
  %".443" = lshr <16 x i32> %".442", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".444" = uitofp <16 x i32> %".443" to <16 x float>
  %".445" = fmul <16 x float> %".444", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".446" = fadd <16 x float> %".428", %".445"
  %".447" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".446")
  %".448" = fcmp ogt <16 x float> %".447", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".449" = select  <16 x i1> %".448", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".447"
  %".450" = fcmp olt <16 x float> %".449", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".451" = select  <16 x i1> %".450", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".449"
  %".452" = fptosi <16 x float> %".451" to <16 x i16>
  %".453" = extractelement <16 x i16> %".452", i32 0
  %".454" = extractelement <16 x i64> %".358", i32 0
  %".455" = getelementptr inbounds i16, ptr %".92", i64 %".454"
  store i16 %".453", ptr %".455", !alias.scope !4, !noalias !3
  %".457" = extractelement <16 x i16> %".452", i32 1
  %".458" = extractelement <16 x i64> %".358", i32 1
  %".459" = getelementptr inbounds i16, ptr %".92", i64 %".458"
  store i16 %".457", ptr %".459", !alias.scope !4, !noalias !3
  %".461" = extractelement <16 x i16> %".452", i32 2
  %".462" = extractelement <16 x i64> %".358", i32 2
  %".463" = getelementptr inbounds i16, ptr %".92", i64 %".462"
  store i16 %".461", ptr %".463", !alias.scope !4, !noalias !3
  %".465" = extractelement <16 x i16> %".452", i32 3
  %".466" = extractelement <16 x i64> %".358", i32 3
  %".467" = getelementptr inbounds i16, ptr %".92", i64 %".466"
  store i16 %".465", ptr %".467", !alias.scope !4, !noalias !3
  %".469" = extractelement <16 x i16> %".452", i32 4
  %".470" = extractelement <16 x i64> %".358", i32 4
  %".471" = getelementptr inbounds i16, ptr %".92", i64 %".470"
  store i16 %".469", ptr %".471", !alias.scope !4, !noalias !3
  %".473" = extractelement <16 x i16> %".452", i32 5
  %".474" = extractelement <16 x i64> %".358", i32 5
  %".475" = getelementptr inbounds i16, ptr %".92", i64 %".474"
  store i16 %".473", ptr %".475", !alias.scope !4, !noalias !3
  %".477" = extractelement <16 x i16> %".452", i32 6
  %".478" = extractelement <16 x i64> %".358", i32 6
  %".479" = getelementptr inbounds i16, ptr %".92", i64 %".478"
  store i16 %".477", ptr %".479", !alias.scope !4, !noalias !3
  %".481" = extractelement <16 x i16> %".452", i32 7
  %".482" = extractelement <16 x i64> %".358", i32 7
  %".483" = getelementptr inbounds i16, ptr %".92", i64 %".482"
  store i16 %".481", ptr %".483", !alias.scope !4, !noalias !3
  %".485" = extractelement <16 x i16> %".452", i32 8
  %".486" = extractelement <16 x i64> %".358", i32 8
  %".487" = getelementptr inbounds i16, ptr %".92", i64 %".486"
  store i16 %".485", ptr %".487", !alias.scope !4, !noalias !3
  %".489" = extractelement <16 x i16> %".452", i32 9
  %".490" = extractelement <16 x i64> %".358", i32 9
  %".491" = getelementptr inbounds i16, ptr %".92", i64 %".490"
  store i16 %".489", ptr %".491", !alias.scope !4, !noalias !3
  %".493" = extractelement <16 x i16> %".452", i32 10
  %".494" = extractelement <16 x i64> %".358", i32 10
  %".495" = getelementptr inbounds i16, ptr %".92", i64 %".494"
  store i16 %".493", ptr %".495", !alias.scope !4, !noalias !3
  %".497" = extractelement <16 x i16> %".452", i32 11
  %".498" = extractelement <16 x i64> %".358", i32 11
  %".499" = getelementptr inbounds i16, ptr %".92", i64 %".498"
  store i16 %".497", ptr %".499", !alias.scope !4, !noalias !3
  %".501" = extractelement <16 x i16> %".452", i32 12
  %".502" = extractelement <16 x i64> %".358", i32 12
  %".503" = getelementptr inbounds i16, ptr %".92", i64 %".502"
  store i16 %".501", ptr %".503", !alias.scope !4, !noalias !3
  %".505" = extractelement <16 x i16> %".452", i32 13
  %".506" = extractelement <16 x i64> %".358", i32 13
  %".507" = getelementptr inbounds i16, ptr %".92", i64 %".506"
  store i16 %".505", ptr %".507", !alias.scope !4, !noalias !3
  %".509" = extractelement <16 x i16> %".452", i32 14
  %".510" = extractelement <16 x i64> %".358", i32 14
  %".511" = getelementptr inbounds i16, ptr %".92", i64 %".510"
  store i16 %".509", ptr %".511", !alias.scope !4, !noalias !3
  %".513" = extractelement <16 x i16> %".452", i32 15
  %".514" = extractelement <16 x i64> %".358", i32 15
  %".515" = getelementptr inbounds i16, ptr %".92", i64 %".514"
  store i16 %".513", ptr %".515", !alias.scope !4, !noalias !3
  %".517" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".519" = mul i64 %".348", 16
  %".520" = add i64 %".343", %".519"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".520", %"spv.done"], [%".558", %"sp.body"]
  %".522" = icmp slt i64 %"sp", %".346"
  br i1 %".522", label %"sp.body", label %"sp.done"
sp.body:
  %".524" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".525" = load i32, ptr %".524", !alias.scope !3, !noalias !4
  %".526" = sext i32 %".525" to i64
  %".527" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"sp"
  %".528" = load i16, ptr %".527", !alias.scope !3, !noalias !4
  %".529" = sitofp i16 %".528" to float
  %".530" = getelementptr inbounds i16, ptr %".92", i64 %".526"
  %".531" = load i16, ptr %".530", !alias.scope !4, !noalias !3
  %".532" = sitofp i16 %".531" to float
  %".533" = fmul float %".341", %".529"
  %".534" = fsub float %".532", %".533"
  %".535" = xor i32 %".84", 2654435769
  %".536" = lshr i32 %".535", 16
  %".537" = xor i32 %".535", %".536"
  %".538" = mul i32 %".537", 2146121005
  %".539" = lshr i32 %".538", 15
  %".540" = xor i32 %".538", %".539"
  %".541" = mul i32 %".540", 2221713035
  %".542" = lshr i32 %".541", 16
  %".543" = xor i32 %".541", %".542"
  %".544" = trunc i64 %".526" to i32
  %".545" = mul i32 %".544", 2654435769
  %".546" = add i32 %".543", %".545"
  %".547" = lshr i32 %".546", 8
  %".548" = uitofp i32 %".547" to float
  %".549" = fmul float %".548", 0x3e70000000000000
  %".550" = fadd float %".534", %".549"
  %".551" = call float @"llvm.floor.f32"(float %".550")
  %".552" = fcmp ogt float %".551", 0x40dfffc000000000
  %".553" = select  i1 %".552", float 0x40dfffc000000000, float %".551"
  %".554" = fcmp olt float %".553", 0xc0dfffc000000000
  %".555" = select  i1 %".554", float 0xc0dfffc000000000, float %".553"
  %".556" = fptosi float %".555" to i16
  store i16 %".556", ptr %".530", !alias.scope !4, !noalias !3
  %".558" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".560" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.exp.f32"(float %".1")

declare float @"llvm.log.f32"(float %".1")

declare float @"llvm.floor.f32"(float %".1")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

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
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".25"
  %".26" = trunc i64 %"scale.x" to i32
  %".27" = bitcast i32 %".26" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".102", %"out.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".88", %"mv.body.endif"]
  %".13" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".13", label %"mv.body", label %"mv.done"
mv.body:
  %".15" = mul i64 %"mv", %"dim.d"
  %".16" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".15"
  %".18" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".19" = load i64, ptr %".18", !alias.scope !3, !noalias !4
  %".20" = add i64 %"ex", 1
  %".21" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".20"
  %".22" = load i64, ptr %".21", !alias.scope !3, !noalias !4
  %".28" = fmul float %".27", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".30" = sub i64 %".22", %".19"
  %".31" = icmp sle i64 %".30", 2
  br i1 %".31", label %"mv.body.if", label %"mv.body.else"
mv.done:
  %".90" = mul i64 %"ex", %"dim.classes"
  br label %"out.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".83" = load i64, i64* %"idot.acc"
  %".84" = sitofp i64 %".83" to float
  %".85" = fmul float %".84", %".28"
  %".86" = getelementptr inbounds float, float* %"p0", i64 %"mv"
  store float %".85", float* %".86"
  %".88" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".19", %"mv.body.if"], [%".54", %"idot32.body"]
  %".35" = icmp slt i64 %"idot32", %".22"
  br i1 %".35", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".37" = load i32, i32* %"idot.acc32"
  %".38" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".39" = load i32, ptr %".38", !alias.scope !3, !noalias !4
  %".40" = sext i32 %".39" to i64
  %".41" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".42" = load i16, ptr %".41", !alias.scope !3, !noalias !4
  %".43" = sitofp i16 %".42" to float
  %".44" = fmul float %".43", %".27"
  %".45" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".46" = load i16, ptr %".45", !alias.scope !3, !noalias !4
  %".47" = sext i16 %".46" to i32
  %".48" = getelementptr inbounds i16, ptr %".16", i64 %".40"
  %".49" = load i16, ptr %".48", !alias.scope !4, !noalias !3
  %".50" = sext i16 %".49" to i32
  %".51" = mul i32 %".47", %".50"
  %".52" = add i32 %".37", %".51"
  store i32 %".52", i32* %"idot.acc32"
  %".54" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".56" = load i32, i32* %"idot.acc32"
  %".57" = sext i32 %".56" to i64
  store i64 %".57", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".19", %"mv.body.else"], [%".80", %"idot64.body"]
  %".61" = icmp slt i64 %"idot64", %".22"
  br i1 %".61", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".63" = load i64, i64* %"idot.acc"
  %".64" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".65" = load i32, ptr %".64", !alias.scope !3, !noalias !4
  %".66" = sext i32 %".65" to i64
  %".67" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".68" = load i16, ptr %".67", !alias.scope !3, !noalias !4
  %".69" = sitofp i16 %".68" to float
  %".70" = fmul float %".69", %".27"
  %".71" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".72" = load i16, ptr %".71", !alias.scope !3, !noalias !4
  %".73" = sext i16 %".72" to i64
  %".74" = getelementptr inbounds i16, ptr %".16", i64 %".66"
  %".75" = load i16, ptr %".74", !alias.scope !4, !noalias !3
  %".76" = sext i16 %".75" to i64
  %".77" = mul i64 %".73", %".76"
  %".78" = add i64 %".63", %".77"
  store i64 %".78", i64* %"idot.acc"
  %".80" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
out.head:
  %"out.1" = phi  i64 [0, %"mv.done"], [%".100", %"out.body"]
  %".92" = icmp slt i64 %"out.1", %"dim.classes"
  br i1 %".92", label %"out.body", label %"out.done"
out.body:
  %".94" = getelementptr inbounds float, float* %"p0", i64 %"out.1"
  %".95" = load float, float* %".94"
  %".96" = fpext float %".95" to double
  %".97" = add i64 %".90", %"out.1"
  %".98" = getelementptr inbounds double, ptr %"out", i64 %".97"
  store double %".96", ptr %".98"
  %".100" = add i64 %"out.1", 1
  br label %"out.head"
out.done:
  %".102" = add i64 %"ex", 1
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
  %".33" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".33"
  %".34" = trunc i64 %"scale.x" to i32
  %".35" = bitcast i32 %".34" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"idot.acc.1" = alloca i64
  %"idot.acc32.1" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".194", %"lse.done.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = mul i64 1, %"dim.d"
  %".12" = getelementptr inbounds i32, ptr %"field.y.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !3, !noalias !4
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", %".10"
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".16"
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".96", %"mv.body.endif"]
  %".21" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".21", label %"mv.body", label %"mv.done"
mv.body:
  %".23" = mul i64 %"mv", %"dim.d"
  %".24" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".23"
  %".26" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".27" = load i64, ptr %".26", !alias.scope !3, !noalias !4
  %".28" = add i64 %"ex", 1
  %".29" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".28"
  %".30" = load i64, ptr %".29", !alias.scope !3, !noalias !4
  %".36" = fmul float %".35", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".38" = sub i64 %".30", %".27"
  %".39" = icmp sle i64 %".38", 2
  br i1 %".39", label %"mv.body.if", label %"mv.body.else"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".91" = load i64, i64* %"idot.acc"
  %".92" = sitofp i64 %".91" to float
  %".93" = fmul float %".92", %".36"
  %".94" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".93", float* %".94"
  %".96" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".27", %"mv.body.if"], [%".62", %"idot32.body"]
  %".43" = icmp slt i64 %"idot32", %".30"
  br i1 %".43", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".45" = load i32, i32* %"idot.acc32"
  %".46" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".47" = load i32, ptr %".46", !alias.scope !3, !noalias !4
  %".48" = sext i32 %".47" to i64
  %".49" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".50" = load i16, ptr %".49", !alias.scope !3, !noalias !4
  %".51" = sitofp i16 %".50" to float
  %".52" = fmul float %".51", %".35"
  %".53" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".54" = load i16, ptr %".53", !alias.scope !3, !noalias !4
  %".55" = sext i16 %".54" to i32
  %".56" = getelementptr inbounds i16, ptr %".24", i64 %".48"
  %".57" = load i16, ptr %".56", !alias.scope !4, !noalias !3
  %".58" = sext i16 %".57" to i32
  %".59" = mul i32 %".55", %".58"
  %".60" = add i32 %".45", %".59"
  store i32 %".60", i32* %"idot.acc32"
  %".62" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".64" = load i32, i32* %"idot.acc32"
  %".65" = sext i32 %".64" to i64
  store i64 %".65", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".27", %"mv.body.else"], [%".88", %"idot64.body"]
  %".69" = icmp slt i64 %"idot64", %".30"
  br i1 %".69", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".71" = load i64, i64* %"idot.acc"
  %".72" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".73" = load i32, ptr %".72", !alias.scope !3, !noalias !4
  %".74" = sext i32 %".73" to i64
  %".75" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".76" = load i16, ptr %".75", !alias.scope !3, !noalias !4
  %".77" = sitofp i16 %".76" to float
  %".78" = fmul float %".77", %".35"
  %".79" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".80" = load i16, ptr %".79", !alias.scope !3, !noalias !4
  %".81" = sext i16 %".80" to i64
  %".82" = getelementptr inbounds i16, ptr %".24", i64 %".74"
  %".83" = load i16, ptr %".82", !alias.scope !4, !noalias !3
  %".84" = sext i16 %".83" to i64
  %".85" = mul i64 %".81", %".84"
  %".86" = add i64 %".71", %".85"
  store i64 %".86", i64* %"idot.acc"
  %".88" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".108", %"lsemax.body"]
  %".100" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".100", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".102" = load float, float* %"lsemax.acc"
  %".103" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".104" = load float, float* %".103"
  %".105" = fcmp oge float %".102", %".104"
  %".106" = select  i1 %".105", float %".102", float %".104"
  store float %".106", float* %"lsemax.acc"
  %".108" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".110" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".122", %"lse.body"]
  %".113" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".113", label %"lse.body", label %"lse.done"
lse.body:
  %".115" = load float, float* %"lse.acc"
  %".116" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".117" = load float, float* %".116"
  %".118" = fsub float %".117", %".110"
  %".119" = call float @"llvm.exp.f32"(float %".118")
  %".120" = fadd float %".115", %".119"
  store float %".120", float* %"lse.acc"
  %".122" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".124" = load float, float* %"lse.acc"
  %".125" = call float @"llvm.log.f32"(float %".124")
  %".126" = fadd float %".110", %".125"
  %".127" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".128" = load i64, ptr %".127", !alias.scope !3, !noalias !4
  %".129" = add i64 %"ex", 1
  %".130" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".129"
  %".131" = load i64, ptr %".130", !alias.scope !3, !noalias !4
  %".132" = fmul float %".35", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".134" = sub i64 %".131", %".128"
  %".135" = icmp sle i64 %".134", 2
  br i1 %".135", label %"lse.done.if", label %"lse.done.else"
lse.done.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
lse.done.else:
  br label %"idot64.head.1"
lse.done.endif:
  %".187" = load i64, i64* %"idot.acc.1"
  %".188" = sitofp i64 %".187" to float
  %".189" = fmul float %".188", %".132"
  %".190" = fsub float %".126", %".189"
  %".191" = fpext float %".190" to double
  %".192" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".191", ptr %".192"
  %".194" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".128", %"lse.done.if"], [%".158", %"idot32.body.1"]
  %".139" = icmp slt i64 %"idot32.1", %".131"
  br i1 %".139", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".141" = load i32, i32* %"idot.acc32.1"
  %".142" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".143" = load i32, ptr %".142", !alias.scope !3, !noalias !4
  %".144" = sext i32 %".143" to i64
  %".145" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32.1"
  %".146" = load i16, ptr %".145", !alias.scope !3, !noalias !4
  %".147" = sitofp i16 %".146" to float
  %".148" = fmul float %".147", %".35"
  %".149" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32.1"
  %".150" = load i16, ptr %".149", !alias.scope !3, !noalias !4
  %".151" = sext i16 %".150" to i32
  %".152" = getelementptr inbounds i16, ptr %".18", i64 %".144"
  %".153" = load i16, ptr %".152", !alias.scope !4, !noalias !3
  %".154" = sext i16 %".153" to i32
  %".155" = mul i32 %".151", %".154"
  %".156" = add i32 %".141", %".155"
  store i32 %".156", i32* %"idot.acc32.1"
  %".158" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".160" = load i32, i32* %"idot.acc32.1"
  %".161" = sext i32 %".160" to i64
  store i64 %".161", i64* %"idot.acc.1"
  br label %"lse.done.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".128", %"lse.done.else"], [%".184", %"idot64.body.1"]
  %".165" = icmp slt i64 %"idot64.1", %".131"
  br i1 %".165", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".167" = load i64, i64* %"idot.acc.1"
  %".168" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".169" = load i32, ptr %".168", !alias.scope !3, !noalias !4
  %".170" = sext i32 %".169" to i64
  %".171" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64.1"
  %".172" = load i16, ptr %".171", !alias.scope !3, !noalias !4
  %".173" = sitofp i16 %".172" to float
  %".174" = fmul float %".173", %".35"
  %".175" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64.1"
  %".176" = load i16, ptr %".175", !alias.scope !3, !noalias !4
  %".177" = sext i16 %".176" to i64
  %".178" = getelementptr inbounds i16, ptr %".18", i64 %".170"
  %".179" = load i16, ptr %".178", !alias.scope !4, !noalias !3
  %".180" = sext i16 %".179" to i64
  %".181" = mul i64 %".177", %".180"
  %".182" = add i64 %".167", %".181"
  store i64 %".182", i64* %"idot.acc.1"
  %".184" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"lse.done.endif"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.W", !0 }
!3 = !{ !1 }
!4 = !{ !2 }