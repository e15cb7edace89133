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
  %".74" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"t0." = load i64, ptr %".74"
  %".95" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".95"
  %"t0" = alloca float, i64 %"dim.classes"
  %".106" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".106"
  %".107" = trunc i64 %"scale.x" to i32
  %".108" = bitcast i32 %".107" to float
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
  %"ex" = phi  i64 [%"begin", %"start"], [%".562", %"sp.done"]
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
  %".47" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".35"
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
  %".68" = getelementptr i8, ptr %".63", i64 128
  call void @"llvm.prefetch.p0"(ptr %".68", i32 0, i32 3, i32 1)
  %".70" = getelementptr i8, ptr %".63", i64 192
  call void @"llvm.prefetch.p0"(ptr %".70", i32 0, i32 3, i32 1)
  %".72" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".72", !alias.scope !3, !noalias !4
  %".73" = sext i32 %"e" to i64
  %".75" = add i64 %"t0.", %"ex"
  %".76" = sitofp i64 %".75" to float
  %".77" = fmul float 0x3fe0000000000000, %".9"
  %".78" = fadd float 0x3ff0000000000000, %".77"
  %".79" = fdiv float 0x4000000000000000, %".78"
  %".80" = load i32, i32* %"rng.state"
  %".81" = shl i32 %".80", 13
  %".82" = xor i32 %".80", %".81"
  %".83" = lshr i32 %".82", 17
  %".84" = xor i32 %".82", %".83"
  %".85" = shl i32 %".84", 5
  %".86" = xor i32 %".84", %".85"
  store i32 %".86", i32* %"rng.state"
  %".88" = mul i64 1, %"dim.d"
  %".89" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".73"
  %".90" = load i32, ptr %".89", !alias.scope !3, !noalias !4
  %".91" = sext i32 %".90" to i64
  %".92" = mul i64 %".91", %".88"
  %".93" = add i64 0, %".92"
  %".94" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".93"
  br label %"mv.head"
ex.done:
  %".564" = load double, double* %"loss.acc"
  store double %".564", ptr %"out"
  %".566" = load i32, i32* %"rng.state"
  store i32 %".566", ptr %"rng..p"
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".169", %"mv.body.endif"]
  %".97" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".97", label %"mv.body", label %"mv.done"
mv.body:
  %".99" = mul i64 %"mv", %"dim.d"
  %".100" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".99"
  %".101" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".73"
  %".102" = load i64, ptr %".101", !alias.scope !3, !noalias !4
  %".103" = add i64 %".73", 1
  %".104" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".103"
  %".105" = load i64, ptr %".104", !alias.scope !3, !noalias !4
  %".109" = fmul float %".108", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".111" = sub i64 %".105", %".102"
  %".112" = icmp sle i64 %".111", 516
  br i1 %".112", label %"mv.body.if", label %"mv.body.else"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".164" = load i64, i64* %"idot.acc"
  %".165" = sitofp i64 %".164" to float
  %".166" = fmul float %".165", %".109"
  %".167" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".166", float* %".167"
  %".169" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".102", %"mv.body.if"], [%".135", %"idot32.body"]
  %".116" = icmp slt i64 %"idot32", %".105"
  br i1 %".116", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".118" = load i32, i32* %"idot.acc32"
  %".119" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".120" = load i32, ptr %".119", !alias.scope !3, !noalias !4
  %".121" = sext i32 %".120" to i64
  %".122" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".123" = load i8, ptr %".122", !alias.scope !3, !noalias !4
  %".124" = sitofp i8 %".123" to float
  %".125" = fmul float %".124", %".108"
  %".126" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".127" = load i8, ptr %".126", !alias.scope !3, !noalias !4
  %".128" = sext i8 %".127" to i32
  %".129" = getelementptr inbounds i16, ptr %".100", i64 %".121"
  %".130" = load i16, ptr %".129", !alias.scope !4, !noalias !3
  %".131" = sext i16 %".130" to i32
  %".132" = mul i32 %".128", %".131"
  %".133" = add i32 %".118", %".132"
  store i32 %".133", i32* %"idot.acc32"
  %".135" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".137" = load i32, i32* %"idot.acc32"
  %".138" = sext i32 %".137" to i64
  store i64 %".138", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".102", %"mv.body.else"], [%".161", %"idot64.body"]
  %".142" = icmp slt i64 %"idot64", %".105"
  br i1 %".142", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".144" = load i64, i64* %"idot.acc"
  %".145" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".146" = load i32, ptr %".145", !alias.scope !3, !noalias !4
  %".147" = sext i32 %".146" to i64
  %".148" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".149" = load i8, ptr %".148", !alias.scope !3, !noalias !4
  %".150" = sitofp i8 %".149" to float
  %".151" = fmul float %".150", %".108"
  %".152" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".153" = load i8, ptr %".152", !alias.scope !3, !noalias !4
  %".154" = sext i8 %".153" to i64
  %".155" = getelementptr inbounds i16, ptr %".100", i64 %".147"
  %".156" = load i16, ptr %".155", !alias.scope !4, !noalias !3
  %".157" = sext i16 %".156" to i64
  %".158" = mul i64 %".154", %".157"
  %".159" = add i64 %".144", %".158"
  store i64 %".159", i64* %"idot.acc"
  %".161" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".181", %"lsemax.body"]
  %".173" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".173", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".175" = load float, float* %"lsemax.acc"
  %".176" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".177" = load float, float* %".176"
  %".178" = fcmp oge float %".175", %".177"
  %".179" = select  i1 %".178", float %".175", float %".177"
  store float %".179", float* %"lsemax.acc"
  %".181" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".183" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".195", %"lse.body"]
  %".186" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".186", label %"lse.body", label %"lse.done"
lse.body:
  %".188" = load float, float* %"lse.acc"
  %".189" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".190" = load float, float* %".189"
  %".191" = fsub float %".190", %".183"
  %".192" = call float @"llvm.exp.f32"(float %".191")
  %".193" = fadd float %".188", %".192"
  store float %".193", float* %"lse.acc"
  %".195" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".197" = load float, float* %"lse.acc"
  %".198" = call float @"llvm.log.f32"(float %".197")
  %".199" = fadd float %".183", %".198"
  %".200" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".73"
  %".201" = load i64, ptr %".200", !alias.scope !3, !noalias !4
  %".202" = add i64 %".73", 1
  %".203" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".202"
  %".204" = load i64, ptr %".203", !alias.scope !3, !noalias !4
  %".205" = fmul float %".108", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".207" = sub i64 %".204", %".201"
  %".208" = icmp sle i64 %".207", 516
  br i1 %".208", label %"lse.done.if", label %"lse.done.else"
lse.done.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
lse.done.else:
  br label %"idot64.head.1"
lse.done.endif:
  %".260" = load i64, i64* %"idot.acc.1"
  %".261" = sitofp i64 %".260" to float
  %".262" = fmul float %".261", %".205"
  %".263" = fsub float %".199", %".262"
  %".264" = fpext float %".263" to double
  %".265" = load double, double* %"loss.acc"
  %".266" = fadd double %".265", %".264"
  store double %".266", double* %"loss.acc"
  br label %"outer.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".201", %"lse.done.if"], [%".231", %"idot32.body.1"]
  %".212" = icmp slt i64 %"idot32.1", %".204"
  br i1 %".212", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".214" = load i32, i32* %"idot.acc32.1"
  %".215" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".216" = load i32, ptr %".215", !alias.scope !3, !noalias !4
  %".217" = sext i32 %".216" to i64
  %".218" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".219" = load i8, ptr %".218", !alias.scope !3, !noalias !4
  %".220" = sitofp i8 %".219" to float
  %".221" = fmul float %".220", %".108"
  %".222" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".223" = load i8, ptr %".222", !alias.scope !3, !noalias !4
  %".224" = sext i8 %".223" to i32
  %".225" = getelementptr inbounds i16, ptr %".94", i64 %".217"
  %".226" = load i16, ptr %".225", !alias.scope !4, !noalias !3
  %".227" = sext i16 %".226" to i32
  %".228" = mul i32 %".224", %".227"
  %".229" = add i32 %".214", %".228"
  store i32 %".229", i32* %"idot.acc32.1"
  %".231" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".233" = load i32, i32* %"idot.acc32.1"
  %".234" = sext i32 %".233" to i64
  store i64 %".234", i64* %"idot.acc.1"
  br label %"lse.done.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".201", %"lse.done.else"], [%".257", %"idot64.body.1"]
  %".238" = icmp slt i64 %"idot64.1", %".204"
  br i1 %".238", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".240" = load i64, i64* %"idot.acc.1"
  %".241" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".242" = load i32, ptr %".241", !alias.scope !3, !noalias !4
  %".243" = sext i32 %".242" to i64
  %".244" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".245" = load i8, ptr %".244", !alias.scope !3, !noalias !4
  %".246" = sitofp i8 %".245" to float
  %".247" = fmul float %".246", %".108"
  %".248" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".249" = load i8, ptr %".248", !alias.scope !3, !noalias !4
  %".250" = sext i8 %".249" to i64
  %".251" = getelementptr inbounds i16, ptr %".94", i64 %".243"
  %".252" = load i16, ptr %".251", !alias.scope !4, !noalias !3
  %".253" = sext i16 %".252" to i64
  %".254" = mul i64 %".250", %".253"
  %".255" = add i64 %".240", %".254"
  store i64 %".255", i64* %"idot.acc.1"
  %".257" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"lse.done.endif"
outer.head:
  %"outer" = phi  i64 [0, %"lse.done.endif"], [%".331", %"op.done"]
  %".269" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".269", label %"outer.body", label %"outer.done"
outer.body:
  %".271" = mul i64 %"outer", %"dim.d"
  %".272" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".271"
  %".273" = getelementptr inbounds float, float* %"t0", i64 %"outer"
  %".274" = load float, float* %".273"
  %".275" = fsub float %".274", %".199"
  %".276" = call float @"llvm.exp.f32"(float %".275")
  %".277" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".73"
  %".278" = load i64, ptr %".277", !alias.scope !3, !noalias !4
  %".279" = add i64 %".73", 1
  %".280" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".279"
  %".281" = load i64, ptr %".280", !alias.scope !3, !noalias !4
  br label %"op.head"
outer.done:
  %".333" = fmul float %".79", 0xbff0000000000000
  %".334" = fmul float %".108", 0x40b0000000000000
  %".335" = fmul float %".333", %".334"
  %".336" = fcmp ogt float %".335", 0x4630000000000000
  %".337" = select  i1 %".336", float 0x4630000000000000, float %".335"
  %".338" = fcmp olt float %".337", 0xc630000000000000
  %".339" = select  i1 %".338", float 0xc630000000000000, float %".337"
  %".340" = fcmp uno float %".335", %".335"
  %".341" = fcmp uno float %".335", %".335"
  %".342" = or i1 %".340", %".341"
  %".343" = select  i1 %".342", float              0x0, float %".339"
  %".344" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".73"
  %".345" = load i64, ptr %".344", !alias.scope !3, !noalias !4
  %".346" = add i64 %".73", 1
  %".347" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".346"
  %".348" = load i64, ptr %".347", !alias.scope !3, !noalias !4
  %".349" = sub i64 %".348", %".345"
  %".350" = sdiv i64 %".349", 16
  br label %"spv.head"
op.head:
  %"op" = phi  i64 [%".278", %"outer.body"], [%".329", %"op.body"]
  %".283" = icmp slt i64 %"op", %".281"
  br i1 %".283", label %"op.body", label %"op.done"
op.body:
  %".285" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".286" = load i32, ptr %".285", !alias.scope !3, !noalias !4
  %".287" = sext i32 %".286" to i64
  %".288" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"op"
  %".289" = load i8, ptr %".288", !alias.scope !3, !noalias !4
  %".290" = sitofp i8 %".289" to float
  %".291" = fmul float %".290", %".108"
  %".292" = fmul float %".276", %".291"
  %".293" = mul i64 %"outer", %"dim.d"
  %".294" = add i64 %".293", %".287"
  %".295" = getelementptr inbounds i16, ptr %".272", i64 %".287"
  %".296" = load i16, ptr %".295", !alias.scope !4, !noalias !3
  %".297" = sitofp i16 %".296" to float
  %".298" = fmul float %".297", 0x3f30000000000000
  %".299" = fmul float 0x3eb0c6f7a0000000, %".298"
  %".300" = fadd float %".292", %".299"
  %".301" = fmul float %".79", %".300"
  %".302" = fmul float %".301", 0x40b0000000000000
  %".303" = fsub float %".297", %".302"
  %".304" = xor i32 %".86", 0
  %".305" = trunc i64 %".294" to i32
  %".306" = mul i32 %".305", 2246822507
  %".307" = xor i32 %".304", %".306"
  %".308" = lshr i32 %".307", 16
  %".309" = xor i32 %".307", %".308"
  %".310" = mul i32 %".309", 2146121005
  %".311" = lshr i32 %".310", 15
  %".312" = xor i32 %".310", %".311"
  %".313" = mul i32 %".312", 2221713035
  %".314" = lshr i32 %".313", 16
  %".315" = xor i32 %".313", %".314"
  %".316" = lshr i32 %".315", 8
  %".317" = uitofp i32 %".316" to float
  %".318" = fmul float %".317", 0x3e70000000000000
  %".319" = fadd float %".303", %".318"
  %".320" = call float @"llvm.floor.f32"(float %".319")
  %".321" = fcmp ogt float %".320", 0x40dfffc000000000
  %".322" = select  i1 %".321", float 0x40dfffc000000000, float %".320"
  %".323" = fcmp olt float %".322", 0xc0dfffc000000000
  %".324" = select  i1 %".323", float 0xc0dfffc000000000, float %".322"
  %".325" = fcmp uno float %".324", %".324"
  %".326" = select  i1 %".325", float              0x0, float %".324"
  %".327" = fptosi float %".326" to i16
  store i16 %".327", ptr %".295", !alias.scope !4, !noalias !3
  %".329" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".331" = add i64 %"outer", 1
  br label %"outer.head"
spv.head:
  %"spv" = phi  i64 [0, %"outer.done"], [%".519", %"spv.body"]
  %".352" = icmp slt i64 %"spv", %".350"
  br i1 %".352", label %"spv.body", label %"spv.done"
spv.body:
  %".354" = mul i64 %"spv", 16
  %".355" = add i64 %".345", %".354"
  %".356" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".355"
  %".357" = load <16 x i32>, ptr %".356", align 4, !alias.scope !3, !noalias !4
  %".358" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".355"
  %".359" = load <16 x i8>, ptr %".358", align 1, !alias.scope !3, !noalias !4
  %".360" = sext <16 x i32> %".357" to <16 x i64>
  %".361" = sitofp <16 x i8> %".359" to <16 x float>
  %".362" = extractelement <16 x i64> %".360", i32 0
  %".363" = getelementptr inbounds i16, ptr %".94", i64 %".362"
  %".364" = load i16, ptr %".363", !alias.scope !4, !noalias !3
  %".365" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".364", i32 0
  %".366" = extractelement <16 x i64> %".360", i32 1
  %".367" = getelementptr inbounds i16, ptr %".94", i64 %".366"
  %".368" = load i16, ptr %".367", !alias.scope !4, !noalias !3
  %".369" = insertelement <16 x i16> %".365", i16 %".368", i32 1
  %".370" = extractelement <16 x i64> %".360", i32 2
  %".371" = getelementptr inbounds i16, ptr %".94", i64 %".370"
  %".372" = load i16, ptr %".371", !alias.scope !4, !noalias !3
  %".373" = insertelement <16 x i16> %".369", i16 %".372", i32 2
  %".374" = extractelement <16 x i64> %".360", i32 3
  %".375" = getelementptr inbounds i16, ptr %".94", i64 %".374"
  %".376" = load i16, ptr %".375", !alias.scope !4, !noalias !3
  %".377" = insertelement <16 x i16> %".373", i16 %".376", i32 3
  %".378" = extractelement <16 x i64> %".360", i32 4
  %".379" = getelementptr inbounds i16, ptr %".94", i64 %".378"
  %".380" = load i16, ptr %".379", !alias.scope !4, !noalias !3
  %".381" = insertelement <16 x i16> %".377", i16 %".380", i32 4
  %".382" = extractelement <16 x i64> %".360", i32 5
  %".383" = getelementptr inbounds i16, ptr %".94", i64 %".382"
  %".384" = load i16, ptr %".383", !alias.scope !4, !noalias !3
  %".385" = insertelement <16 x i16> %".381", i16 %".384", i32 5
  %".386" = extractelement <16 x i64> %".360", i32 6
  %".387" = getelementptr inbounds i16, ptr %".94", i64 %".386"
  %".388" = load i16, ptr %".387", !alias.scope !4, !noalias !3
  %".389" = insertelement <16 x i16> %".385", i16 %".388", i32 6
  %".390" = extractelement <16 x i64> %".360", i32 7
  %".391" = getelementptr inbounds i16, ptr %".94", i64 %".390"
  %".392" = load i16, ptr %".391", !alias.scope !4, !noalias !3
  %".393" = insertelement <16 x i16> %".389", i16 %".392", i32 7
  %".394" = extractelement <16 x i64> %".360", i32 8
  %".395" = getelementptr inbounds i16, ptr %".94", i64 %".394"
  %".396" = load i16, ptr %".395", !alias.scope !4, !noalias !3
  %".397" = insertelement <16 x i16> %".393", i16 %".396", i32 8
  %".398" = extractelement <16 x i64> %".360", i32 9
  %".399" = getelementptr inbounds i16, ptr %".94", i64 %".398"
  %".400" = load i16, ptr %".399", !alias.scope !4, !noalias !3
  %".401" = insertelement <16 x i16> %".397", i16 %".400", i32 9
  %".402" = extractelement <16 x i64> %".360", i32 10
  %".403" = getelementptr inbounds i16, ptr %".94", i64 %".402"
  %".404" = load i16, ptr %".403", !alias.scope !4, !noalias !3
  %".405" = insertelement <16 x i16> %".401", i16 %".404", i32 10
  %".406" = extractelement <16 x i64> %".360", i32 11
  %".407" = getelementptr inbounds i16, ptr %".94", i64 %".406"
  %".408" = load i16, ptr %".407", !alias.scope !4, !noalias !3
  %".409" = insertelement <16 x i16> %".405", i16 %".408", i32 11
  %".410" = extractelement <16 x i64> %".360", i32 12
  %".411" = getelementptr inbounds i16, ptr %".94", i64 %".410"
  %".412" = load i16, ptr %".411", !alias.scope !4, !noalias !3
  %".413" = insertelement <16 x i16> %".409", i16 %".412", i32 12
  %".414" = extractelement <16 x i64> %".360", i32 13
  %".415" = getelementptr inbounds i16, ptr %".94", i64 %".414"
  %".416" = load i16, ptr %".415", !alias.scope !4, !noalias !3
  %".417" = insertelement <16 x i16> %".413", i16 %".416", i32 13
  %".418" = extractelement <16 x i64> %".360", i32 14
  %".419" = getelementptr inbounds i16, ptr %".94", i64 %".418"
  %".420" = load i16, ptr %".419", !alias.scope !4, !noalias !3
  %".421" = insertelement <16 x i16> %".417", i16 %".420", i32 14
  %".422" = extractelement <16 x i64> %".360", i32 15
  %".423" = getelementptr inbounds i16, ptr %".94", i64 %".422"
  %".424" = load i16, ptr %".423", !alias.scope !4, !noalias !3
  %".425" = insertelement <16 x i16> %".421", i16 %".424", i32 15
  %".426" = sitofp <16 x i16> %".425" to <16 x float>
  %".427" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".343", i32 0
  %".428" = shufflevector <16 x float> %".427", <16 x float> %".427", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".429" = fmul <16 x float> %".428", %".361"
  %".430" = fsub <16 x float> %".426", %".429"
  %".431" = xor i32 %".86", 2654435769
  %".432" = trunc <16 x i64> %".360" to <16 x i32>
  %".433" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".431", i32 0
  %".434" = shufflevector <16 x i32> %".433", <16 x i32> %".433", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".435" = mul <16 x i32> %".432", <i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507, i32 2246822507>
  %".436" = xor <16 x i32> %".434", %".435"
  %".437" = lshr <16 x i32> %".436", <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %".438" = xor <16 x i32> %".436", %".437"
  %".439" = mul <16 x i32> %".438", <i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005, i32 2146121005>
  %".440" = lshr <16 x i32> %".439", <i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15, i32 15>
  %".441" = xor <16 x i32> %".439", %".440"
  %".442" = mul <16 x i32> %".441", <i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035, i32 2221713035>
  %".443" = lshr <16 x i32> %".442", <i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16, i32 16>
  %".444" = xor <16 x i32> %".442", %".443"
  %".445" = lshr <16 x i32> %".444", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".446" = uitofp <16 x i32> %".445" to <16 x float>
  %".447" = fmul <16 x float> %".446", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".448" = fadd <16 x float> %".430", %".447"
  %".449" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".448")
  %".450" = fcmp ogt <16 x float> %".449", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".451" = select  <16 x i1> %".450", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".449"
  %".452" = fcmp olt <16 x float> %".451", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".453" = select  <16 x i1> %".452", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".451"
  %".454" = fptosi <16 x float> %".453" to <16 x i16>
  %".455" = extractelement <16 x i16> %".454", i32 0
  %".456" = extractelement <16 x i64> %".360", i32 0
  %".457" = getelementptr inbounds i16, ptr %".94", i64 %".456"
  store i16 %".455", ptr %".457", !alias.scope !4, !noalias !3
  %".459" = extractelement <16 x i16> %".454", i32 1
  %".460" = extractelement <16 x i64> %".360", i32 1
  %".461" = getelementptr inbounds i16, ptr %".94", i64 %".460"
  store i16 %".459", ptr %".461", !alias.scope !4, !noalias !3
  %".463" = extractelement <16 x i16> %".454", i32 2
  %".464" = extractelement <16 x i64> %".360", i32 2
  %".465" = getelementptr inbounds i16, ptr %".94", i64 %".464"
  store i16 %".463", ptr %".465", !alias.scope !4, !noalias !3
  %".467" = extractelement <16 x i16> %".454", i32 3
  %".468" = extractelement <16 x i64> %".360", i32 3
  %".469" = getelementptr inbounds i16, ptr %".94", i64 %".468"
  store i16 %".467", ptr %".469", !alias.scope !4, !noalias !3
  %".471" = extractelement <16 x i16> %".454", i32 4
  %".472" = extractelement <16 x i64> %".360", i32 4
  %".473" = getelementptr inbounds i16, ptr %".94", i64 %".472"
  store i16 %".471", ptr %".473", !alias.scope !4, !noalias !3
  %".475" = extractelement <16 x i16> %".454", i32 5
  %".476" = extractelement <16 x i64> %".360", i32 5
  %".477" = getelementptr inbounds i16, ptr %".94", i64 %".476"
  store i16 %".475", ptr %".477", !alias.scope !4, !noalias !3
  %".479" = extractelement <16 x i16> %".454", i32 6
  %".480" = extractelement <16 x i64> %".360", i32 6
  %".481" = getelementptr inbounds i16, ptr %".94", i64 %".480"
  store i16 %".479", ptr %".481", !alias.scope !4, !noalias !3
  %".483" = extractelement <16 x i16> %".454", i32 7
  %".484" = extractelement <16 x i64> %".360", i32 7
  %".485" = getelementptr inbounds i16, ptr %".94", i64 %".484"
  store i16 %".483", ptr %".485", !alias.scope !4, !noalias !3
  %".487" = extractelement <16 x i16> %".454", i32 8
  %".488" = extractelement <16 x i64> %".360", i32 8
  %".489" = getelementptr inbounds i16, ptr %".94", i64 %".488"
  store i16 %".487", ptr %".489", !alias.scope !4, !noalias !3
  %".491" = extractelement <16 x i16> %".454", i32 9
  %".492" = extractelement <16 x i64> %".360", i32 9
  %".493" = getelementptr inbounds i16, ptr %".94", i64 %".492"
  store i16 %".491", ptr %".493", !alias.scope !4, !noalias !3
  %".495" = extractelement <16 x i16> %".454", i32 10
  %".496" = extractelement <16 x i64> %".360", i32 10
  %".497" = getelementptr inbounds i16, ptr %".94", i64 %".496"
  store i16 %".495", ptr %".497", !alias.scope !4, !noalias !3
  %".499" = extractelement <16 x i16> %".454", i32 11
  %".500" = extractelement <16 x i64> %".360", i32 11
  %".501" = getelementptr inbounds i16, ptr %".94", i64 %".500"
  store i16 %".499", ptr %".501", !alias.scope !4, !noalias !3
  %".503" = extractelement <16 x i16> %".454", i32 12
  %".504" = extractelement <16 x i64> %".360", i32 12
  %".505" = getelementptr inbounds i16, ptr %".94", i64 %".504"
  store i16 %".503", ptr %".505", !alias.scope !4, !noalias !3
  %".507" = extractelement <16 x i16> %".454", i32 13
  %".508" = extractelement <16 x i64> %".360", i32 13
  %".509" = getelementptr inbounds i16, ptr %".94", i64 %".508"
  store i16 %".507", ptr %".509", !alias.scope !4, !noalias !3
  %".511" = extractelement <16 x i16> %".454", i32 14
  %".512" = extractelement <16 x i64> %".360", i32 14
  %".513" = getelementptr inbounds i16, ptr %".94", i64 %".512"
  store i16 %".511", ptr %".513", !alias.scope !4, !noalias !3
  %".515" = extractelement <16 x i16> %".454", i32 15
  %".516" = extractelement <16 x i64> %".360", i32 15
  %".517" = getelementptr inbounds i16, ptr %".94", i64 %".516"
  store i16 %".515", ptr %".517", !alias.scope !4, !noalias !3
  %".519" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".521" = mul i64 %".350", 16
  %".522" = add i64 %".345", %".521"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".522", %"spv.done"], [%".560", %"sp.body"]
  %".524" = icmp slt i64 %"sp", %".348"
  br i1 %".524", label %"sp.body", label %"sp.done"
sp.body:
  %".526" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".527" = load i32, ptr %".526", !alias.scope !3, !noalias !4
  %".528" = sext i32 %".527" to i64
  %".529" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"sp"
  %".530" = load i8, ptr %".529", !alias.scope !3, !noalias !4
  %".531" = sitofp i8 %".530" to float
  %".532" = getelementptr inbounds i16, ptr %".94", i64 %".528"
  %".533" = load i16, ptr %".532", !alias.scope !4, !noalias !3
  %".534" = sitofp i16 %".533" to float
  %".535" = fmul float %".343", %".531"
  %".536" = fsub float %".534", %".535"
  %".537" = xor i32 %".86", 2654435769
  %".538" = trunc i64 %".528" to i32
  %".539" = mul i32 %".538", 2246822507
  %".540" = xor i32 %".537", %".539"
  %".541" = lshr i32 %".540", 16
  %".542" = xor i32 %".540", %".541"
  %".543" = mul i32 %".542", 2146121005
  %".544" = lshr i32 %".543", 15
  %".545" = xor i32 %".543", %".544"
  %".546" = mul i32 %".545", 2221713035
  %".547" = lshr i32 %".546", 16
  %".548" = xor i32 %".546", %".547"
  %".549" = lshr i32 %".548", 8
  %".550" = uitofp i32 %".549" to float
  %".551" = fmul float %".550", 0x3e70000000000000
  %".552" = fadd float %".536", %".551"
  %".553" = call float @"llvm.floor.f32"(float %".552")
  %".554" = fcmp ogt float %".553", 0x40dfffc000000000
  %".555" = select  i1 %".554", float 0x40dfffc000000000, float %".553"
  %".556" = fcmp olt float %".555", 0xc0dfffc000000000
  %".557" = select  i1 %".556", float 0xc0dfffc000000000, float %".555"
  %".558" = fptosi float %".557" to i16
  store i16 %".558", ptr %".532", !alias.scope !4, !noalias !3
  %".560" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".562" = add i64 %"ex", 1
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
  %".31" = icmp sle i64 %".30", 516
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
  %".41" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".42" = load i8, ptr %".41", !alias.scope !3, !noalias !4
  %".43" = sitofp i8 %".42" to float
  %".44" = fmul float %".43", %".27"
  %".45" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".46" = load i8, ptr %".45", !alias.scope !3, !noalias !4
  %".47" = sext i8 %".46" to i32
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
  %".67" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".68" = load i8, ptr %".67", !alias.scope !3, !noalias !4
  %".69" = sitofp i8 %".68" to float
  %".70" = fmul float %".69", %".27"
  %".71" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".72" = load i8, ptr %".71", !alias.scope !3, !noalias !4
  %".73" = sext i8 %".72" to i64
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
  %".39" = icmp sle i64 %".38", 516
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
  %".49" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".50" = load i8, ptr %".49", !alias.scope !3, !noalias !4
  %".51" = sitofp i8 %".50" to float
  %".52" = fmul float %".51", %".35"
  %".53" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".54" = load i8, ptr %".53", !alias.scope !3, !noalias !4
  %".55" = sext i8 %".54" to i32
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
  %".75" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".76" = load i8, ptr %".75", !alias.scope !3, !noalias !4
  %".77" = sitofp i8 %".76" to float
  %".78" = fmul float %".77", %".35"
  %".79" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".80" = load i8, ptr %".79", !alias.scope !3, !noalias !4
  %".81" = sext i8 %".80" to i64
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
  %".135" = icmp sle i64 %".134", 516
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
  %".145" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".146" = load i8, ptr %".145", !alias.scope !3, !noalias !4
  %".147" = sitofp i8 %".146" to float
  %".148" = fmul float %".147", %".35"
  %".149" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".150" = load i8, ptr %".149", !alias.scope !3, !noalias !4
  %".151" = sext i8 %".150" to i32
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
  %".171" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".172" = load i8, ptr %".171", !alias.scope !3, !noalias !4
  %".173" = sitofp i8 %".172" to float
  %".174" = fmul float %".173", %".35"
  %".175" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".176" = load i8, ptr %".175", !alias.scope !3, !noalias !4
  %".177" = sext i8 %".176" to i64
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