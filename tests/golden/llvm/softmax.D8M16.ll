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
  %".40" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".40"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".58" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".58"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".79" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".79"
  %".81" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".81"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".92" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"t0." = load i64, ptr %".92"
  %".113" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".113"
  %"t0" = alloca float, i64 %"dim.classes"
  %".124" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".124"
  %".125" = trunc i64 %"scale.x" to i32
  %".126" = bitcast i32 %".125" to float
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
  %"ex" = phi  i64 [%"begin", %"start"], [%".1000", %"sp.done"]
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
  %".36" = add i64 %".33", 1
  %".37" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".36"
  %".38" = load i64, ptr %".37"
  %".39" = sub i64 %".38", %".35"
  %".41" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".35"
  %".42" = ptrtoint ptr %".41" to i64
  %".43" = and i64 %".42", 63
  %".44" = mul i64 %".39", 4
  %".45" = add i64 %".43", %".44"
  %".46" = add i64 %".45", 63
  %".47" = udiv i64 %".46", 64
  %".48" = icmp ult i64 %".47", 8
  %".49" = select  i1 %".48", i64 %".47", i64 8
  br label %"pfs.head"
ex.done:
  %".1002" = load double, double* %"loss.acc"
  store double %".1002", ptr %"out"
  %".1004" = load i32, i32* %"rng.state"
  store i32 %".1004", ptr %"rng..p"
  ret void
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".56", %"pfs.body"]
  %".51" = icmp slt i64 %"pfs", %".49"
  br i1 %".51", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".53" = mul i64 %"pfs", 64
  %".54" = getelementptr i8, ptr %".41", i64 %".53"
  call void @"llvm.prefetch.p0"(ptr %".54", i32 0, i32 3, i32 1)
  %".56" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".59" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".35"
  %".60" = ptrtoint ptr %".59" to i64
  %".61" = and i64 %".60", 63
  %".62" = mul i64 %".39", 1
  %".63" = add i64 %".61", %".62"
  %".64" = add i64 %".63", 63
  %".65" = udiv i64 %".64", 64
  %".66" = icmp ult i64 %".65", 8
  %".67" = select  i1 %".66", i64 %".65", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".74", %"pfs.body.1"]
  %".69" = icmp slt i64 %"pfs.1", %".67"
  br i1 %".69", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".71" = mul i64 %"pfs.1", 64
  %".72" = getelementptr i8, ptr %".59", i64 %".71"
  call void @"llvm.prefetch.p0"(ptr %".72", i32 0, i32 3, i32 1)
  %".74" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".76" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".33"
  %".77" = load i32, ptr %".76"
  %".78" = sext i32 %".77" to i64
  %".80" = mul i64 1, %"dim.d"
  %".82" = mul i64 %".78", %".80"
  %".83" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".82"
  %".84" = getelementptr i8, ptr %".83", i64 0
  call void @"llvm.prefetch.p0"(ptr %".84", i32 0, i32 3, i32 1)
  %".86" = getelementptr i8, ptr %".83", i64 64
  call void @"llvm.prefetch.p0"(ptr %".86", i32 0, i32 3, i32 1)
  %".88" = getelementptr i8, ptr %".83", i64 127
  call void @"llvm.prefetch.p0"(ptr %".88", i32 0, i32 3, i32 1)
  %".90" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".90", !alias.scope !3, !noalias !4
  %".91" = sext i32 %"e" to i64
  %".93" = add i64 %"t0.", %"ex"
  %".94" = sitofp i64 %".93" to float
  %".95" = fmul float 0x3fe0000000000000, %".9"
  %".96" = fadd float 0x3ff0000000000000, %".95"
  %".97" = fdiv float 0x4000000000000000, %".96"
  %".98" = load i32, i32* %"rng.state"
  %".99" = shl i32 %".98", 13
  %".100" = xor i32 %".98", %".99"
  %".101" = lshr i32 %".100", 17
  %".102" = xor i32 %".100", %".101"
  %".103" = shl i32 %".102", 5
  %".104" = xor i32 %".102", %".103"
  store i32 %".104", i32* %"rng.state"
  %".106" = mul i64 1, %"dim.d"
  %".107" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".91"
  %".108" = load i32, ptr %".107", !alias.scope !3, !noalias !4
  %".109" = sext i32 %".108" to i64
  %".110" = mul i64 %".109", %".106"
  %".111" = add i64 0, %".110"
  %".112" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".111"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".187", %"mv.body.endif"]
  %".115" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".115", label %"mv.body", label %"mv.done"
mv.body:
  %".117" = mul i64 %"mv", %"dim.d"
  %".118" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".117"
  %".119" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".91"
  %".120" = load i64, ptr %".119", !alias.scope !3, !noalias !4
  %".121" = add i64 %".91", 1
  %".122" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".121"
  %".123" = load i64, ptr %".122", !alias.scope !3, !noalias !4
  %".127" = fmul float %".126", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".129" = sub i64 %".123", %".120"
  %".130" = icmp sle i64 %".129", 516
  br i1 %".130", label %"mv.body.if", label %"mv.body.else"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".182" = load i64, i64* %"idot.acc"
  %".183" = sitofp i64 %".182" to float
  %".184" = fmul float %".183", %".127"
  %".185" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".184", float* %".185"
  %".187" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".120", %"mv.body.if"], [%".153", %"idot32.body"]
  %".134" = icmp slt i64 %"idot32", %".123"
  br i1 %".134", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".136" = load i32, i32* %"idot.acc32"
  %".137" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".138" = load i32, ptr %".137", !alias.scope !3, !noalias !4
  %".139" = sext i32 %".138" to i64
  %".140" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".141" = load i8, ptr %".140", !alias.scope !3, !noalias !4
  %".142" = sitofp i8 %".141" to float
  %".143" = fmul float %".142", %".126"
  %".144" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".145" = load i8, ptr %".144", !alias.scope !3, !noalias !4
  %".146" = sext i8 %".145" to i32
  %".147" = getelementptr inbounds i16, ptr %".118", i64 %".139"
  %".148" = load i16, ptr %".147", !alias.scope !4, !noalias !3
  %".149" = sext i16 %".148" to i32
  %".150" = mul i32 %".146", %".149"
  %".151" = add i32 %".136", %".150"
  store i32 %".151", i32* %"idot.acc32"
  %".153" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".155" = load i32, i32* %"idot.acc32"
  %".156" = sext i32 %".155" to i64
  store i64 %".156", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".120", %"mv.body.else"], [%".179", %"idot64.body"]
  %".160" = icmp slt i64 %"idot64", %".123"
  br i1 %".160", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".162" = load i64, i64* %"idot.acc"
  %".163" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".164" = load i32, ptr %".163", !alias.scope !3, !noalias !4
  %".165" = sext i32 %".164" to i64
  %".166" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".167" = load i8, ptr %".166", !alias.scope !3, !noalias !4
  %".168" = sitofp i8 %".167" to float
  %".169" = fmul float %".168", %".126"
  %".170" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".171" = load i8, ptr %".170", !alias.scope !3, !noalias !4
  %".172" = sext i8 %".171" to i64
  %".173" = getelementptr inbounds i16, ptr %".118", i64 %".165"
  %".174" = load i16, ptr %".173", !alias.scope !4, !noalias !3
  %".175" = sext i16 %".174" to i64
  %".176" = mul i64 %".172", %".175"
  %".177" = add i64 %".162", %".176"
  store i64 %".177", i64* %"idot.acc"
  %".179" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".199", %"lsemax.body"]
  %".191" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".191", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".193" = load float, float* %"lsemax.acc"
  %".194" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".195" = load float, float* %".194"
  %".196" = fcmp oge float %".193", %".195"
  %".197" = select  i1 %".196", float %".193", float %".195"
  store float %".197", float* %"lsemax.acc"
  %".199" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".201" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".213", %"lse.body"]
  %".204" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".204", label %"lse.body", label %"lse.done"
lse.body:
  %".206" = load float, float* %"lse.acc"
  %".207" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".208" = load float, float* %".207"
  %".209" = fsub float %".208", %".201"
  %".210" = call float @"llvm.exp.f32"(float %".209")
  %".211" = fadd float %".206", %".210"
  store float %".211", float* %"lse.acc"
  %".213" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".215" = load float, float* %"lse.acc"
  %".216" = call float @"llvm.log.f32"(float %".215")
  %".217" = fadd float %".201", %".216"
  %".218" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".91"
  %".219" = load i64, ptr %".218", !alias.scope !3, !noalias !4
  %".220" = add i64 %".91", 1
  %".221" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".220"
  %".222" = load i64, ptr %".221", !alias.scope !3, !noalias !4
  %".223" = fmul float %".126", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".225" = sub i64 %".222", %".219"
  %".226" = icmp sle i64 %".225", 516
  br i1 %".226", label %"lse.done.if", label %"lse.done.else"
lse.done.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
lse.done.else:
  br label %"idot64.head.1"
lse.done.endif:
  %".278" = load i64, i64* %"idot.acc.1"
  %".279" = sitofp i64 %".278" to float
  %".280" = fmul float %".279", %".223"
  %".281" = fsub float %".217", %".280"
  %".282" = fpext float %".281" to double
  %".283" = load double, double* %"loss.acc"
  %".284" = fadd double %".283", %".282"
  store double %".284", double* %"loss.acc"
  br label %"outer.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".219", %"lse.done.if"], [%".249", %"idot32.body.1"]
  %".230" = icmp slt i64 %"idot32.1", %".222"
  br i1 %".230", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".232" = load i32, i32* %"idot.acc32.1"
  %".233" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".234" = load i32, ptr %".233", !alias.scope !3, !noalias !4
  %".235" = sext i32 %".234" to i64
  %".236" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".237" = load i8, ptr %".236", !alias.scope !3, !noalias !4
  %".238" = sitofp i8 %".237" to float
  %".239" = fmul float %".238", %".126"
  %".240" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".241" = load i8, ptr %".240", !alias.scope !3, !noalias !4
  %".242" = sext i8 %".241" to i32
  %".243" = getelementptr inbounds i16, ptr %".112", i64 %".235"
  %".244" = load i16, ptr %".243", !alias.scope !4, !noalias !3
  %".245" = sext i16 %".244" to i32
  %".246" = mul i32 %".242", %".245"
  %".247" = add i32 %".232", %".246"
  store i32 %".247", i32* %"idot.acc32.1"
  %".249" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".251" = load i32, i32* %"idot.acc32.1"
  %".252" = sext i32 %".251" to i64
  store i64 %".252", i64* %"idot.acc.1"
  br label %"lse.done.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".219", %"lse.done.else"], [%".275", %"idot64.body.1"]
  %".256" = icmp slt i64 %"idot64.1", %".222"
  br i1 %".256", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".258" = load i64, i64* %"idot.acc.1"
  %".259" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".260" = load i32, ptr %".259", !alias.scope !3, !noalias !4
  %".261" = sext i32 %".260" to i64
  %".262" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".263" = load i8, ptr %".262", !alias.scope !3, !noalias !4
  %".264" = sitofp i8 %".263" to float
  %".265" = fmul float %".264", %".126"
  %".266" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".267" = load i8, ptr %".266", !alias.scope !3, !noalias !4
  %".268" = sext i8 %".267" to i64
  %".269" = getelementptr inbounds i16, ptr %".112", i64 %".261"
  %".270" = load i16, ptr %".269", !alias.scope !4, !noalias !3
  %".271" = sext i16 %".270" to i64
  %".272" = mul i64 %".268", %".271"
  %".273" = add i64 %".258", %".272"
  store i64 %".273", i64* %"idot.acc.1"
  %".275" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"lse.done.endif"
outer.head:
  %"outer" = phi  i64 [0, %"lse.done.endif"], [%".659", %"op.done"]
  %".287" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".287", label %"outer.body", label %"outer.done"
outer.body:
  %".289" = mul i64 %"outer", %"dim.d"
  %".290" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".289"
  %".291" = getelementptr inbounds float, float* %"t0", i64 %"outer"
  %".292" = load float, float* %".291"
  %".293" = fsub float %".292", %".217"
  %".294" = call float @"llvm.exp.f32"(float %".293")
  %".295" = fmul float %".97", 0x3eb0c6f7a0000000
  %".296" = fsub float 0x3ff0000000000000, %".295"
  %".297" = fmul float %".97", %".294"
  %".298" = fmul float %".126", 0x40b0000000000000
  %".299" = fmul float %".297", %".298"
  %".300" = fcmp ogt float %".296", 0x4630000000000000
  %".301" = select  i1 %".300", float 0x4630000000000000, float %".296"
  %".302" = fcmp olt float %".301", 0xc630000000000000
  %".303" = select  i1 %".302", float 0xc630000000000000, float %".301"
  %".304" = fcmp uno float %".296", %".296"
  %".305" = fcmp uno float %".299", %".299"
  %".306" = or i1 %".304", %".305"
  %".307" = select  i1 %".306", float 0x3ff0000000000000, float %".303"
  %".308" = fcmp ogt float %".299", 0x4630000000000000
  %".309" = select  i1 %".308", float 0x4630000000000000, float %".299"
  %".310" = fcmp olt float %".309", 0xc630000000000000
  %".311" = select  i1 %".310", float 0xc630000000000000, float %".309"
  %".312" = fcmp uno float %".299", %".299"
  %".313" = fcmp uno float %".296", %".296"
  %".314" = or i1 %".312", %".313"
  %".315" = select  i1 %".314", float              0x0, float %".311"
  %".316" = mul i64 %"outer", %"dim.d"
  %".317" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".91"
  %".318" = load i64, ptr %".317", !alias.scope !3, !noalias !4
  %".319" = add i64 %".91", 1
  %".320" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".319"
  %".321" = load i64, ptr %".320", !alias.scope !3, !noalias !4
  %".322" = sub i64 %".321", %".318"
  %".323" = sdiv i64 %".322", 16
  br label %"spv.head"
outer.done:
  %".661" = fmul float %".97", 0xbff0000000000000
  %".662" = fmul float %".126", 0x40b0000000000000
  %".663" = fmul float %".661", %".662"
  %".664" = fcmp ogt float %".663", 0x4630000000000000
  %".665" = select  i1 %".664", float 0x4630000000000000, float %".663"
  %".666" = fcmp olt float %".665", 0xc630000000000000
  %".667" = select  i1 %".666", float 0xc630000000000000, float %".665"
  %".668" = fcmp uno float %".663", %".663"
  %".669" = fcmp uno float %".663", %".663"
  %".670" = or i1 %".668", %".669"
  %".671" = select  i1 %".670", float              0x0, float %".667"
  %".672" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".91"
  %".673" = load i64, ptr %".672", !alias.scope !3, !noalias !4
  %".674" = add i64 %".91", 1
  %".675" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".674"
  %".676" = load i64, ptr %".675", !alias.scope !3, !noalias !4
  %".677" = sub i64 %".676", %".673"
  %".678" = sdiv i64 %".677", 16
  br label %"spv.head.2"
spv.head:
  %"spv" = phi  i64 [0, %"outer.body"], [%".498", %"spv.body"]
  %".325" = icmp slt i64 %"spv", %".323"
  br i1 %".325", label %"spv.body", label %"spv.done"
spv.body:
  %".327" = mul i64 %"spv", 16
  %".328" = add i64 %".318", %".327"
  %".329" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".328"
  %".330" = load <16 x i32>, ptr %".329", align 4, !alias.scope !3, !noalias !4
  %".331" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".328"
  %".332" = load <16 x i8>, ptr %".331", align 1, !alias.scope !3, !noalias !4
  %".333" = sext <16 x i32> %".330" to <16 x i64>
  %".334" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".316", i32 0
  %".335" = shufflevector <16 x i64> %".334", <16 x i64> %".334", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".336" = add <16 x i64> %".333", %".335"
  %".337" = sitofp <16 x i8> %".332" to <16 x float>
  %".338" = extractelement <16 x i64> %".333", i32 0
  %".339" = getelementptr inbounds i16, ptr %".290", i64 %".338"
  %".340" = load i16, ptr %".339", !alias.scope !4, !noalias !3
  %".341" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".340", i32 0
  %".342" = extractelement <16 x i64> %".333", i32 1
  %".343" = getelementptr inbounds i16, ptr %".290", i64 %".342"
  %".344" = load i16, ptr %".343", !alias.scope !4, !noalias !3
  %".345" = insertelement <16 x i16> %".341", i16 %".344", i32 1
  %".346" = extractelement <16 x i64> %".333", i32 2
  %".347" = getelementptr inbounds i16, ptr %".290", i64 %".346"
  %".348" = load i16, ptr %".347", !alias.scope !4, !noalias !3
  %".349" = insertelement <16 x i16> %".345", i16 %".348", i32 2
  %".350" = extractelement <16 x i64> %".333", i32 3
  %".351" = getelementptr inbounds i16, ptr %".290", i64 %".350"
  %".352" = load i16, ptr %".351", !alias.scope !4, !noalias !3
  %".353" = insertelement <16 x i16> %".349", i16 %".352", i32 3
  %".354" = extractelement <16 x i64> %".333", i32 4
  %".355" = getelementptr inbounds i16, ptr %".290", i64 %".354"
  %".356" = load i16, ptr %".355", !alias.scope !4, !noalias !3
  %".357" = insertelement <16 x i16> %".353", i16 %".356", i32 4
  %".358" = extractelement <16 x i64> %".333", i32 5
  %".359" = getelementptr inbounds i16, ptr %".290", i64 %".358"
  %".360" = load i16, ptr %".359", !alias.scope !4, !noalias !3
  %".361" = insertelement <16 x i16> %".357", i16 %".360", i32 5
  %".362" = extractelement <16 x i64> %".333", i32 6
  %".363" = getelementptr inbounds i16, ptr %".290", i64 %".362"
  %".364" = load i16, ptr %".363", !alias.scope !4, !noalias !3
  %".365" = insertelement <16 x i16> %".361", i16 %".364", i32 6
  %".366" = extractelement <16 x i64> %".333", i32 7
  %".367" = getelementptr inbounds i16, ptr %".290", i64 %".366"
  %".368" = load i16, ptr %".367", !alias.scope !4, !noalias !3
  %".369" = insertelement <16 x i16> %".365", i16 %".368", i32 7
  %".370" = extractelement <16 x i64> %".333", i32 8
  %".371" = getelementptr inbounds i16, ptr %".290", i64 %".370"
  %".372" = load i16, ptr %".371", !alias.scope !4, !noalias !3
  %".373" = insertelement <16 x i16> %".369", i16 %".372", i32 8
  %".374" = extractelement <16 x i64> %".333", i32 9
  %".375" = getelementptr inbounds i16, ptr %".290", i64 %".374"
  %".376" = load i16, ptr %".375", !alias.scope !4, !noalias !3
  %".377" = insertelement <16 x i16> %".373", i16 %".376", i32 9
  %".378" = extractelement <16 x i64> %".333", i32 10
  %".379" = getelementptr inbounds i16, ptr %".290", i64 %".378"
  %".380" = load i16, ptr %".379", !alias.scope !4, !noalias !3
  %".381" = insertelement <16 x i16> %".377", i16 %".380", i32 10
  %".382" = extractelement <16 x i64> %".333", i32 11
  %".383" = getelementptr inbounds i16, ptr %".290", i64 %".382"
  %".384" = load i16, ptr %".383", !alias.scope !4, !noalias !3
  %".385" = insertelement <16 x i16> %".381", i16 %".384", i32 11
  %".386" = extractelement <16 x i64> %".333", i32 12
  %".387" = getelementptr inbounds i16, ptr %".290", i64 %".386"
  %".388" = load i16, ptr %".387", !alias.scope !4, !noalias !3
  %".389" = insertelement <16 x i16> %".385", i16 %".388", i32 12
  %".390" = extractelement <16 x i64> %".333", i32 13
  %".391" = getelementptr inbounds i16, ptr %".290", i64 %".390"
  %".392" = load i16, ptr %".391", !alias.scope !4, !noalias !3
  %".393" = insertelement <16 x i16> %".389", i16 %".392", i32 13
  %".394" = extractelement <16 x i64> %".333", i32 14
  %".395" = getelementptr inbounds i16, ptr %".290", i64 %".394"
  %".396" = load i16, ptr %".395", !alias.scope !4, !noalias !3
  %".397" = insertelement <16 x i16> %".393", i16 %".396", i32 14
  %".398" = extractelement <16 x i64> %".333", i32 15
  %".399" = getelementptr inbounds i16, ptr %".290", i64 %".398"
  %".400" = load i16, ptr %".399", !alias.scope !4, !noalias !3
  %".401" = insertelement <16 x i16> %".397", i16 %".400", i32 15
  %".402" = sitofp <16 x i16> %".401" to <16 x float>
  %".403" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".307", i32 0
  %".404" = shufflevector <16 x float> %".403", <16 x float> %".403", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".405" = fmul <16 x float> %".402", %".404"
  %".406" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".315", i32 0
  %".407" = shufflevector <16 x float> %".406", <16 x float> %".406", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".408" = fmul <16 x float> %".407", %".337"
  %".409" = fsub <16 x float> %".405", %".408"
  %".410" = xor i32 %".104", 0
  %".411" = lshr i32 %".410", 16
  %".412" = xor i32 %".410", %".411"
  %".413" = mul i32 %".412", 2146121005
  %".414" = lshr i32 %".413", 15
  %".415" = xor i32 %".413", %".414"
  %".416" = mul i32 %".415", 2221713035
  %".417" = lshr i32 %".416", 16
  %".418" = xor i32 %".416", %".417"
  %".419" = trunc <16 x i64> %".336" to <16 x i32>
  %".420" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".418", i32 0
  %".421" = shufflevector <16 x i32> %".420", <16 x i32> %".420", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".422" = mul <16 x i32> %".419", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".423" = add <16 x i32> %".421", %".422"
  %".424" = lshr <16 x i32> %".423", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".425" = uitofp <16 x i32> %".424" to <16 x float>
  %".426" = fmul <16 x float> %".425", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".427" = fadd <16 x float> %".409", %".426"
  %".428" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".427")
  %".429" = fcmp ogt <16 x float> %".428", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".430" = select  <16 x i1> %".429", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".428"
  %".431" = fcmp olt <16 x float> %".430", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".432" = select  <16 x i1> %".431", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".430"
  %".433" = fptosi <16 x float> %".432" to <16 x i16>
  %".434" = extractelement <16 x i16> %".433", i32 0
  %".435" = extractelement <16 x i64> %".333", i32 0
  %".436" = getelementptr inbounds i16, ptr %".290", i64 %".435"
  store i16 %".434", ptr %".436", !alias.scope !4, !noalias !3
  %".438" = extractelement <16 x i16> %".433", i32 1
  %".439" = extractelement <16 x i64> %".333", i32 1
  %".440" = getelementptr inbounds i16, ptr %".290", i64 %".439"
  store i16 %".438", ptr %".440", !alias.scope !4, !noalias !3
  %".442" = extractelement <16 x i16> %".433", i32 2
  %".443" = extractelement <16 x i64> %".333", i32 2
  %".444" = getelementptr inbounds i16, ptr %".290", i64 %".443"
  store i16 %".442", ptr %".444", !alias.scope !4, !noalias !3
  %".446" = extractelement <16 x i16> %".433", i32 3
  %".447" = extractelement <16 x i64> %".333", i32 3
  %".448" = getelementptr inbounds i16, ptr %".290", i64 %".447"
  store i16 %".446", ptr %".448", !alias.scope !4, !noalias !3
  %".450" = extractelement <16 x i16> %".433", i32 4
  %".451" = extractelement <16 x i64> %".333", i32 4
  %".452" = getelementptr inbounds i16, ptr %".290", i64 %".451"
  store i16 %".450", ptr %".452", !alias.scope !4, !noalias !3
  %".454" = extractelement <16 x i16> %".433", i32 5
  %".455" = extractelement <16 x i64> %".333", i32 5
  %".456" = getelementptr inbounds i16, ptr %".290", i64 %".455"
  store i16 %".454", ptr %".456", !alias.scope !4, !noalias !3
  %".458" = extractelement <16 x i16> %".433", i32 6
  %".459" = extractelement <16 x i64> %".333", i32 6
  %".460" = getelementptr inbounds i16, ptr %".290", i64 %".459"
  store i16 %".458", ptr %".460", !alias.scope !4, !noalias !3
  %".462" = extractelement <16 x i16> %".433", i32 7
  %".463" = extractelement <16 x i64> %".333", i32 7
  %".464" = getelementptr inbounds i16, ptr %".290", i64 %".463"
  store i16 %".462", ptr %".464", !alias.scope !4, !noalias !3
  %".466" = extractelement <16 x i16> %".433", i32 8
  %".467" = extractelement <16 x i64> %".333", i32 8
  %".468" = getelementptr inbounds i16, ptr %".290", i64 %".467"
  store i16 %".466", ptr %".468", !alias.scope !4, !noalias !3
  %".470" = extractelement <16 x i16> %".433", i32 9
  %".471" = extractelement <16 x i64> %".333", i32 9
  %".472" = getelementptr inbounds i16, ptr %".290", i64 %".471"
  store i16 %".470", ptr %".472", !alias.scope !4, !noalias !3
  %".474" = extractelement <16 x i16> %".433", i32 10
  %".475" = extractelement <16 x i64> %".333", i32 10
  %".476" = getelementptr inbounds i16, ptr %".290", i64 %".475"
  store i16 %".474", ptr %".476", !alias.scope !4, !noalias !3
  %".478" = extractelement <16 x i16> %".433", i32 11
  %".479" = extractelement <16 x i64> %".333", i32 11
  %".480" = getelementptr inbounds i16, ptr %".290", i64 %".479"
  store i16 %".478", ptr %".480", !alias.scope !4, !noalias !3
  %".482" = extractelement <16 x i16> %".433", i32 12
  %".483" = extractelement <16 x i64> %".333", i32 12
  %".484" = getelementptr inbounds i16, ptr %".290", i64 %".483"
  store i16 %".482", ptr %".484", !alias.scope !4, !noalias !3
  %".486" = extractelement <16 x i16> %".433", i32 13
  %".487" = extractelement <16 x i64> %".333", i32 13
  %".488" = getelementptr inbounds i16, ptr %".290", i64 %".487"
  store i16 %".486", ptr %".488", !alias.scope !4, !noalias !3
  %".490" = extractelement <16 x i16> %".433", i32 14
  %".491" = extractelement <16 x i64> %".333", i32 14
  %".492" = getelementptr inbounds i16, ptr %".290", i64 %".491"
  store i16 %".490", ptr %".492", !alias.scope !4, !noalias !3
  %".494" = extractelement <16 x i16> %".433", i32 15
  %".495" = extractelement <16 x i64> %".333", i32 15
  %".496" = getelementptr inbounds i16, ptr %".290", i64 %".495"
  store i16 %".494", ptr %".496", !alias.scope !4, !noalias !3
  %".498" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".500" = mul i64 %".323", 16
  %".501" = add i64 %".318", %".500"
  %".502" = sub i64 %".321", %".501"
  %".503" = sdiv i64 %".502", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".614", %"spv.body.1"]
  %".505" = icmp slt i64 %"spv.1", %".503"
  br i1 %".505", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".507" = mul i64 %"spv.1", 8
  %".508" = add i64 %".501", %".507"
  %".509" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".508"
  %".510" = load <8 x i32>, ptr %".509", align 4, !alias.scope !3, !noalias !4
  %".511" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".508"
  %".512" = load <8 x i8>, ptr %".511", align 1, !alias.scope !3, !noalias !4
  %".513" = sext <8 x i32> %".510" to <8 x i64>
  %".514" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".316", i32 0
  %".515" = shufflevector <8 x i64> %".514", <8 x i64> %".514", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".516" = add <8 x i64> %".513", %".515"
  %".517" = sitofp <8 x i8> %".512" to <8 x float>
  %".518" = extractelement <8 x i64> %".513", i32 0
  %".519" = getelementptr inbounds i16, ptr %".290", i64 %".518"
  %".520" = load i16, ptr %".519", !alias.scope !4, !noalias !3
  %".521" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".520", i32 0
  %".522" = extractelement <8 x i64> %".513", i32 1
  %".523" = getelementptr inbounds i16, ptr %".290", i64 %".522"
  %".524" = load i16, ptr %".523", !alias.scope !4, !noalias !3
  %".525" = insertelement <8 x i16> %".521", i16 %".524", i32 1
  %".526" = extractelement <8 x i64> %".513", i32 2
  %".527" = getelementptr inbounds i16, ptr %".290", i64 %".526"
  %".528" = load i16, ptr %".527", !alias.scope !4, !noalias !3
  %".529" = insertelement <8 x i16> %".525", i16 %".528", i32 2
  %".530" = extractelement <8 x i64> %".513", i32 3
  %".531" = getelementptr inbounds i16, ptr %".290", i64 %".530"
  %".532" = load i16, ptr %".531", !alias.scope !4, !noalias !3
  %".533" = insertelement <8 x i16> %".529", i16 %".532", i32 3
  %".534" = extractelement <8 x i64> %".513", i32 4
  %".535" = getelementptr inbounds i16, ptr %".290", i64 %".534"
  %".536" = load i16, ptr %".535", !alias.scope !4, !noalias !3
  %".537" = insertelement <8 x i16> %".533", i16 %".536", i32 4
  %".538" = extractelement <8 x i64> %".513", i32 5
  %".539" = getelementptr inbounds i16, ptr %".290", i64 %".538"
  %".540" = load i16, ptr %".539", !alias.scope !4, !noalias !3
  %".541" = insertelement <8 x i16> %".537", i16 %".540", i32 5
  %".542" = extractelement <8 x i64> %".513", i32 6
  %".543" = getelementptr inbounds i16, ptr %".290", i64 %".542"
  %".544" = load i16, ptr %".543", !alias.scope !4, !noalias !3
  %".545" = insertelement <8 x i16> %".541", i16 %".544", i32 6
  %".546" = extractelement <8 x i64> %".513", i32 7
  %".547" = getelementptr inbounds i16, ptr %".290", i64 %".546"
  %".548" = load i16, ptr %".547", !alias.scope !4, !noalias !3
  %".549" = insertelement <8 x i16> %".545", i16 %".548", i32 7
  %".550" = sitofp <8 x i16> %".549" to <8 x float>
  %".551" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".307", i32 0
  %".552" = shufflevector <8 x float> %".551", <8 x float> %".551", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".553" = fmul <8 x float> %".550", %".552"
  %".554" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".315", i32 0
  %".555" = shufflevector <8 x float> %".554", <8 x float> %".554", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".556" = fmul <8 x float> %".555", %".517"
  %".557" = fsub <8 x float> %".553", %".556"
  %".558" = xor i32 %".104", 0
  %".559" = lshr i32 %".558", 16
  %".560" = xor i32 %".558", %".559"
  %".561" = mul i32 %".560", 2146121005
  %".562" = lshr i32 %".561", 15
  %".563" = xor i32 %".561", %".562"
  %".564" = mul i32 %".563", 2221713035
  %".565" = lshr i32 %".564", 16
  %".566" = xor i32 %".564", %".565"
  %".567" = trunc <8 x i64> %".516" to <8 x i32>
  %".568" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".566", i32 0
  %".569" = shufflevector <8 x i32> %".568", <8 x i32> %".568", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".570" = mul <8 x i32> %".567", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".571" = add <8 x i32> %".569", %".570"
  %".572" = lshr <8 x i32> %".571", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".573" = uitofp <8 x i32> %".572" to <8 x float>
  %".574" = fmul <8 x float> %".573", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".575" = fadd <8 x float> %".557", %".574"
  %".576" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".575")
  %".577" = fcmp ogt <8 x float> %".576", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".578" = select  <8 x i1> %".577", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".576"
  %".579" = fcmp olt <8 x float> %".578", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".580" = select  <8 x i1> %".579", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".578"
  %".581" = fptosi <8 x float> %".580" to <8 x i16>
  %".582" = extractelement <8 x i16> %".581", i32 0
  %".583" = extractelement <8 x i64> %".513", i32 0
  %".584" = getelementptr inbounds i16, ptr %".290", i64 %".583"
  store i16 %".582", ptr %".584", !alias.scope !4, !noalias !3
  %".586" = extractelement <8 x i16> %".581", i32 1
  %".587" = extractelement <8 x i64> %".513", i32 1
  %".588" = getelementptr inbounds i16, ptr %".290", i64 %".587"
  store i16 %".586", ptr %".588", !alias.scope !4, !noalias !3
  %".590" = extractelement <8 x i16> %".581", i32 2
  %".591" = extractelement <8 x i64> %".513", i32 2
  %".592" = getelementptr inbounds i16, ptr %".290", i64 %".591"
  store i16 %".590", ptr %".592", !alias.scope !4, !noalias !3
  %".594" = extractelement <8 x i16> %".581", i32 3
  %".595" = extractelement <8 x i64> %".513", i32 3
  %".596" = getelementptr inbounds i16, ptr %".290", i64 %".595"
  store i16 %".594", ptr %".596", !alias.scope !4, !noalias !3
  %".598" = extractelement <8 x i16> %".581", i32 4
  %".599" = extractelement <8 x i64> %".513", i32 4
  %".600" = getelementptr inbounds i16, ptr %".290", i64 %".599"
  store i16 %".598", ptr %".600", !alias.scope !4, !noalias !3
  %".602" = extractelement <8 x i16> %".581", i32 5
  %".603" = extractelement <8 x i64> %".513", i32 5
  %".604" = getelementptr inbounds i16, ptr %".290", i64 %".603"
  store i16 %".602", ptr %".604", !alias.scope !4, !noalias !3
  %".606" = extractelement <8 x i16> %".581", i32 6
  %".607" = extractelement <8 x i64> %".513", i32 6
  %".608" = getelementptr inbounds i16, ptr %".290", i64 %".607"
  store i16 %".606", ptr %".608", !alias.scope !4, !noalias !3
  %".610" = extractelement <8 x i16> %".581", i32 7
  %".611" = extractelement <8 x i64> %".513", i32 7
  %".612" = getelementptr inbounds i16, ptr %".290", i64 %".611"
  store i16 %".610", ptr %".612", !alias.scope !4, !noalias !3
  %".614" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".616" = mul i64 %".503", 8
  %".617" = add i64 %".501", %".616"
  br label %"op.head"
op.head:
  %"op" = phi  i64 [%".617", %"spv.done.1"], [%".657", %"op.body"]
  %".619" = icmp slt i64 %"op", %".321"
  br i1 %".619", label %"op.body", label %"op.done"
op.body:
  %".621" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".622" = load i32, ptr %".621", !alias.scope !3, !noalias !4
  %".623" = sext i32 %".622" to i64
  %".624" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"op"
  %".625" = load i8, ptr %".624", !alias.scope !3, !noalias !4
  %".626" = sitofp i8 %".625" to float
  %".627" = add i64 %".316", %".623"
  %".628" = getelementptr inbounds i16, ptr %".290", i64 %".623"
  %".629" = load i16, ptr %".628", !alias.scope !4, !noalias !3
  %".630" = sitofp i16 %".629" to float
  %".631" = fmul float %".630", %".307"
  %".632" = fmul float %".315", %".626"
  %".633" = fsub float %".631", %".632"
  %".634" = xor i32 %".104", 0
  %".635" = lshr i32 %".634", 16
  %".636" = xor i32 %".634", %".635"
  %".637" = mul i32 %".636", 2146121005
  %".638" = lshr i32 %".637", 15
  %".639" = xor i32 %".637", %".638"
  %".640" = mul i32 %".639", 2221713035
  %".641" = lshr i32 %".640", 16
  %".642" = xor i32 %".640", %".641"
  %".643" = trunc i64 %".627" to i32
  %".644" = mul i32 %".643", 2654435769
  %".645" = add i32 %".642", %".644"
  %".646" = lshr i32 %".645", 8
  %".647" = uitofp i32 %".646" to float
  %".648" = fmul float %".647", 0x3e70000000000000
  %".649" = fadd float %".633", %".648"
  %".650" = call float @"llvm.floor.f32"(float %".649")
  %".651" = fcmp ogt float %".650", 0x40dfffc000000000
  %".652" = select  i1 %".651", float 0x40dfffc000000000, float %".650"
  %".653" = fcmp olt float %".652", 0xc0dfffc000000000
  %".654" = select  i1 %".653", float 0xc0dfffc000000000, float %".652"
  %".655" = fptosi float %".654" to i16
  store i16 %".655", ptr %".628", !alias.scope !4, !noalias !3
  %".657" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".659" = add i64 %"outer", 1
  br label %"outer.head"
spv.head.2:
  %"spv.2" = phi  i64 [0, %"outer.done"], [%".847", %"spv.body.2"]
  %".680" = icmp slt i64 %"spv.2", %".678"
  br i1 %".680", label %"spv.body.2", label %"spv.done.2"
spv.body.2:
  %".682" = mul i64 %"spv.2", 16
  %".683" = add i64 %".673", %".682"
  %".684" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".683"
  %".685" = load <16 x i32>, ptr %".684", align 4, !alias.scope !3, !noalias !4
  %".686" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".683"
  %".687" = load <16 x i8>, ptr %".686", align 1, !alias.scope !3, !noalias !4
  %".688" = sext <16 x i32> %".685" to <16 x i64>
  %".689" = sitofp <16 x i8> %".687" to <16 x float>
  %".690" = extractelement <16 x i64> %".688", i32 0
  %".691" = getelementptr inbounds i16, ptr %".112", i64 %".690"
  %".692" = load i16, ptr %".691", !alias.scope !4, !noalias !3
  %".693" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".692", i32 0
  %".694" = extractelement <16 x i64> %".688", i32 1
  %".695" = getelementptr inbounds i16, ptr %".112", i64 %".694"
  %".696" = load i16, ptr %".695", !alias.scope !4, !noalias !3
  %".697" = insertelement <16 x i16> %".693", i16 %".696", i32 1
  %".698" = extractelement <16 x i64> %".688", i32 2
  %".699" = getelementptr inbounds i16, ptr %".112", i64 %".698"
  %".700" = load i16, ptr %".699", !alias.scope !4, !noalias !3
  %".701" = insertelement <16 x i16> %".697", i16 %".700", i32 2
  %".702" = extractelement <16 x i64> %".688", i32 3
  %".703" = getelementptr inbounds i16, ptr %".112", i64 %".702"
  %".704" = load i16, ptr %".703", !alias.scope !4, !noalias !3
  %".705" = insertelement <16 x i16> %".701", i16 %".704", i32 3
  %".706" = extractelement <16 x i64> %".688", i32 4
  %".707" = getelementptr inbounds i16, ptr %".112", i64 %".706"
  %".708" = load i16, ptr %".707", !alias.scope !4, !noalias !3
  %".709" = insertelement <16 x i16> %".705", i16 %".708", i32 4
  %".710" = extractelement <16 x i64> %".688", i32 5
  %".711" = getelementptr inbounds i16, ptr %".112", i64 %".710"
  %".712" = load i16, ptr %".711", !alias.scope !4, !noalias !3
  %".713" = insertelement <16 x i16> %".709", i16 %".712", i32 5
  %".714" = extractelement <16 x i64> %".688", i32 6
  %".715" = getelementptr inbounds i16, ptr %".112", i64 %".714"
  %".716" = load i16, ptr %".715", !alias.scope !4, !noalias !3
  %".717" = insertelement <16 x i16> %".713", i16 %".716", i32 6
  %".718" = extractelement <16 x i64> %".688", i32 7
  %".719" = getelementptr inbounds i16, ptr %".112", i64 %".718"
  %".720" = load i16, ptr %".719", !alias.scope !4, !noalias !3
  %".721" = insertelement <16 x i16> %".717", i16 %".720", i32 7
  %".722" = extractelement <16 x i64> %".688", i32 8
  %".723" = getelementptr inbounds i16, ptr %".112", i64 %".722"
  %".724" = load i16, ptr %".723", !alias.scope !4, !noalias !3
  %".725" = insertelement <16 x i16> %".721", i16 %".724", i32 8
  %".726" = extractelement <16 x i64> %".688", i32 9
  %".727" = getelementptr inbounds i16, ptr %".112", i64 %".726"
  %".728" = load i16, ptr %".727", !alias.scope !4, !noalias !3
  %".729" = insertelement <16 x i16> %".725", i16 %".728", i32 9
  %".730" = extractelement <16 x i64> %".688", i32 10
  %".731" = getelementptr inbounds i16, ptr %".112", i64 %".730"
  %".732" = load i16, ptr %".731", !alias.scope !4, !noalias !3
  %".733" = insertelement <16 x i16> %".729", i16 %".732", i32 10
  %".734" = extractelement <16 x i64> %".688", i32 11
  %".735" = getelementptr inbounds i16, ptr %".112", i64 %".734"
  %".736" = load i16, ptr %".735", !alias.scope !4, !noalias !3
  %".737" = insertelement <16 x i16> %".733", i16 %".736", i32 11
  %".738" = extractelement <16 x i64> %".688", i32 12
  %".739" = getelementptr inbounds i16, ptr %".112", i64 %".738"
  %".740" = load i16, ptr %".739", !alias.scope !4, !noalias !3
  %".741" = insertelement <16 x i16> %".737", i16 %".740", i32 12
  %".742" = extractelement <16 x i64> %".688", i32 13
  %".743" = getelementptr inbounds i16, ptr %".112", i64 %".742"
  %".744" = load i16, ptr %".743", !alias.scope !4, !noalias !3
  %".745" = insertelement <16 x i16> %".741", i16 %".744", i32 13
  %".746" = extractelement <16 x i64> %".688", i32 14
  %".747" = getelementptr inbounds i16, ptr %".112", i64 %".746"
  %".748" = load i16, ptr %".747", !alias.scope !4, !noalias !3
  %".749" = insertelement <16 x i16> %".745", i16 %".748", i32 14
  %".750" = extractelement <16 x i64> %".688", i32 15
  %".751" = getelementptr inbounds i16, ptr %".112", i64 %".750"
  %".752" = load i16, ptr %".751", !alias.scope !4, !noalias !3
  %".753" = insertelement <16 x i16> %".749", i16 %".752", i32 15
  %".754" = sitofp <16 x i16> %".753" to <16 x float>
  %".755" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".671", i32 0
  %".756" = shufflevector <16 x float> %".755", <16 x float> %".755", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".757" = fmul <16 x float> %".756", %".689"
  %".758" = fsub <16 x float> %".754", %".757"
  %".759" = xor i32 %".104", 2654435769
  %".760" = lshr i32 %".759", 16
  %".761" = xor i32 %".759", %".760"
  %".762" = mul i32 %".761", 2146121005
  %".763" = lshr i32 %".762", 15
  %".764" = xor i32 %".762", %".763"
  %".765" = mul i32 %".764", 2221713035
  %".766" = lshr i32 %".765", 16
  %".767" = xor i32 %".765", %".766"
  %".768" = trunc <16 x i64> %".688" to <16 x i32>
  %".769" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".767", i32 0
  %".770" = shufflevector <16 x i32> %".769", <16 x i32> %".769", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".771" = mul <16 x i32> %".768", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".772" = add <16 x i32> %".770", %".771"
  %".773" = lshr <16 x i32> %".772", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".774" = uitofp <16 x i32> %".773" to <16 x float>
  %".775" = fmul <16 x float> %".774", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".776" = fadd <16 x float> %".758", %".775"
  %".777" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".776")
  %".778" = fcmp ogt <16 x float> %".777", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".779" = select  <16 x i1> %".778", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".777"
  %".780" = fcmp olt <16 x float> %".779", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".781" = select  <16 x i1> %".780", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".779"
  %".782" = fptosi <16 x float> %".781" to <16 x i16>
  %".783" = extractelement <16 x i16> %".782", i32 0
  %".784" = extractelement <16 x i64> %".688", i32 0
  %".785" = getelementptr inbounds i16, ptr %".112", i64 %".784"
  store i16 %".783", ptr %".785", !alias.scope !4, !noalias !3
  %".787" = extractelement <16 x i16> %".782", i32 1
  %".788" = extractelement <16 x i64> %".688", i32 1
  %".789" = getelementptr inbounds i16, ptr %".112", i64 %".788"
  store i16 %".787", ptr %".789", !alias.scope !4, !noalias !3
  %".791" = extractelement <16 x i16> %".782", i32 2
  %".792" = extractelement <16 x i64> %".688", i32 2
  %".793" = getelementptr inbounds i16, ptr %".112", i64 %".792"
  store i16 %".791", ptr %".793", !alias.scope !4, !noalias !3
  %".795" = extractelement <16 x i16> %".782", i32 3
  %".796" = extractelement <16 x i64> %".688", i32 3
  %".797" = getelementptr inbounds i16, ptr %".112", i64 %".796"
  store i16 %".795", ptr %".797", !alias.scope !4, !noalias !3
  %".799" = extractelement <16 x i16> %".782", i32 4
  %".800" = extractelement <16 x i64> %".688", i32 4
  %".801" = getelementptr inbounds i16, ptr %".112", i64 %".800"
  store i16 %".799", ptr %".801", !alias.scope !4, !noalias !3
  %".803" = extractelement <16 x i16> %".782", i32 5
  %".804" = extractelement <16 x i64> %".688", i32 5
  %".805" = getelementptr inbounds i16, ptr %".112", i64 %".804"
  store i16 %".803", ptr %".805", !alias.scope !4, !noalias !3
  %".807" = extractelement <16 x i16> %".782", i32 6
  %".808" = extractelement <16 x i64> %".688", i32 6
  %".809" = getelementptr inbounds i16, ptr %".112", i64 %".808"
  store i16 %".807", ptr %".809", !alias.scope !4, !noalias !3
  %".811" = extractelement <16 x i16> %".782", i32 7
  %".812" = extractelement <16 x i64> %".688", i32 7
  %".813" = getelementptr inbounds i16, ptr %".112", i64 %".812"
  store i16 %".811", ptr %".813", !alias.scope !4, !noalias !3
  %".815" = extractelement <16 x i16> %".782", i32 8
  %".816" = extractelement <16 x i64> %".688", i32 8
  %".817" = getelementptr inbounds i16, ptr %".112", i64 %".816"
  store i16 %".815", ptr %".817", !alias.scope !4, !noalias !3
  %".819" = extractelement <16 x i16> %".782", i32 9
  %".820" = extractelement <16 x i64> %".688", i32 9
  %".821" = getelementptr inbounds i16, ptr %".112", i64 %".820"
  store i16 %".819", ptr %".821", !alias.scope !4, !noalias !3
  %".823" = extractelement <16 x i16> %".782", i32 10
  %".824" = extractelement <16 x i64> %".688", i32 10
  %".825" = getelementptr inbounds i16, ptr %".112", i64 %".824"
  store i16 %".823", ptr %".825", !alias.scope !4, !noalias !3
  %".827" = extractelement <16 x i16> %".782", i32 11
  %".828" = extractelement <16 x i64> %".688", i32 11
  %".829" = getelementptr inbounds i16, ptr %".112", i64 %".828"
  store i16 %".827", ptr %".829", !alias.scope !4, !noalias !3
  %".831" = extractelement <16 x i16> %".782", i32 12
  %".832" = extractelement <16 x i64> %".688", i32 12
  %".833" = getelementptr inbounds i16, ptr %".112", i64 %".832"
  store i16 %".831", ptr %".833", !alias.scope !4, !noalias !3
  %".835" = extractelement <16 x i16> %".782", i32 13
  %".836" = extractelement <16 x i64> %".688", i32 13
  %".837" = getelementptr inbounds i16, ptr %".112", i64 %".836"
  store i16 %".835", ptr %".837", !alias.scope !4, !noalias !3
  %".839" = extractelement <16 x i16> %".782", i32 14
  %".840" = extractelement <16 x i64> %".688", i32 14
  %".841" = getelementptr inbounds i16, ptr %".112", i64 %".840"
  store i16 %".839", ptr %".841", !alias.scope !4, !noalias !3
  %".843" = extractelement <16 x i16> %".782", i32 15
  %".844" = extractelement <16 x i64> %".688", i32 15
  %".845" = getelementptr inbounds i16, ptr %".112", i64 %".844"
  store i16 %".843", ptr %".845", !alias.scope !4, !noalias !3
  %".847" = add i64 %"spv.2", 1
  br label %"spv.head.2"
spv.done.2:
  %".849" = mul i64 %".678", 16
  %".850" = add i64 %".673", %".849"
  %".851" = sub i64 %".676", %".850"
  %".852" = sdiv i64 %".851", 8
  br label %"spv.head.3"
spv.head.3:
  %"spv.3" = phi  i64 [0, %"spv.done.2"], [%".957", %"spv.body.3"]
  %".854" = icmp slt i64 %"spv.3", %".852"
  br i1 %".854", label %"spv.body.3", label %"spv.done.3"
spv.body.3:
  %".856" = mul i64 %"spv.3", 8
  %".857" = add i64 %".850", %".856"
  %".858" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".857"
  %".859" = load <8 x i32>, ptr %".858", align 4, !alias.scope !3, !noalias !4
  %".860" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".857"
  %".861" = load <8 x i8>, ptr %".860", align 1, !alias.scope !3, !noalias !4
  %".862" = sext <8 x i32> %".859" to <8 x i64>
  %".863" = sitofp <8 x i8> %".861" to <8 x float>
  %".864" = extractelement <8 x i64> %".862", i32 0
  %".865" = getelementptr inbounds i16, ptr %".112", i64 %".864"
  %".866" = load i16, ptr %".865", !alias.scope !4, !noalias !3
  %".867" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".866", i32 0
  %".868" = extractelement <8 x i64> %".862", i32 1
  %".869" = getelementptr inbounds i16, ptr %".112", i64 %".868"
  %".870" = load i16, ptr %".869", !alias.scope !4, !noalias !3
  %".871" = insertelement <8 x i16> %".867", i16 %".870", i32 1
  %".872" = extractelement <8 x i64> %".862", i32 2
  %".873" = getelementptr inbounds i16, ptr %".112", i64 %".872"
  %".874" = load i16, ptr %".873", !alias.scope !4, !noalias !3
  %".875" = insertelement <8 x i16> %".871", i16 %".874", i32 2
  %".876" = extractelement <8 x i64> %".862", i32 3
  %".877" = getelementptr inbounds i16, ptr %".112", i64 %".876"
  %".878" = load i16, ptr %".877", !alias.scope !4, !noalias !3
  %".879" = insertelement <8 x i16> %".875", i16 %".878", i32 3
  %".880" = extractelement <8 x i64> %".862", i32 4
  %".881" = getelementptr inbounds i16, ptr %".112", i64 %".880"
  %".882" = load i16, ptr %".881", !alias.scope !4, !noalias !3
  %".883" = insertelement <8 x i16> %".879", i16 %".882", i32 4
  %".884" = extractelement <8 x i64> %".862", i32 5
  %".885" = getelementptr inbounds i16, ptr %".112", i64 %".884"
  %".886" = load i16, ptr %".885", !alias.scope !4, !noalias !3
  %".887" = insertelement <8 x i16> %".883", i16 %".886", i32 5
  %".888" = extractelement <8 x i64> %".862", i32 6
  %".889" = getelementptr inbounds i16, ptr %".112", i64 %".888"
  %".890" = load i16, ptr %".889", !alias.scope !4, !noalias !3
  %".891" = insertelement <8 x i16> %".887", i16 %".890", i32 6
  %".892" = extractelement <8 x i64> %".862", i32 7
  %".893" = getelementptr inbounds i16, ptr %".112", i64 %".892"
  %".894" = load i16, ptr %".893", !alias.scope !4, !noalias !3
  %".895" = insertelement <8 x i16> %".891", i16 %".894", i32 7
  %".896" = sitofp <8 x i16> %".895" to <8 x float>
  %".897" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".671", i32 0
  %".898" = shufflevector <8 x float> %".897", <8 x float> %".897", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".899" = fmul <8 x float> %".898", %".863"
  %".900" = fsub <8 x float> %".896", %".899"
  %".901" = xor i32 %".104", 2654435769
  %".902" = lshr i32 %".901", 16
  %".903" = xor i32 %".901", %".902"
  %".904" = mul i32 %".903", 2146121005
  %".905" = lshr i32 %".904", 15
  %".906" = xor i32 %".904", %".905"
  %".907" = mul i32 %".906", 2221713035
  %".908" = lshr i32 %".907", 16
  %".909" = xor i32 %".907", %".908"
  %".910" = trunc <8 x i64> %".862" to <8 x i32>
  %".911" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".909", i32 0
  %".912" = shufflevector <8 x i32> %".911", <8 x i32> %".911", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".913" = mul <8 x i32> %".910", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".914" = add <8 x i32> %".912", %".913"
  %".915" = lshr <8 x i32> %".914", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".916" = uitofp <8 x i32> %".915" to <8 x float>
  %".917" = fmul <8 x float> %".916", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".918" = fadd <8 x float> %".900", %".917"
  %".919" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".918")
  %".920" = fcmp ogt <8 x float> %".919", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".921" = select  <8 x i1> %".920", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".919"
  %".922" = fcmp olt <8 x float> %".921", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".923" = select  <8 x i1> %".922", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".921"
  %".924" = fptosi <8 x float> %".923" to <8 x i16>
  %".925" = extractelement <8 x i16> %".924", i32 0
  %".926" = extractelement <8 x i64> %".862", i32 0
  %".927" = getelementptr inbounds i16, ptr %".112", i64 %".926"
  store i16 %".925", ptr %".927", !alias.scope !4, !noalias !3
  %".929" = extractelement <8 x i16> %".924", i32 1
  %".930" = extractelement <8 x i64> %".862", i32 1
  %".931" = getelementptr inbounds i16, ptr %".112", i64 %".930"
  store i16 %".929", ptr %".931", !alias.scope !4, !noalias !3
  %".933" = extractelement <8 x i16> %".924", i32 2
  %".934" = extractelement <8 x i64> %".862", i32 2
  %".935" = getelementptr inbounds i16, ptr %".112", i64 %".934"
  store i16 %".933", ptr %".935", !alias.scope !4, !noalias !3
  %".937" = extractelement <8 x i16> %".924", i32 3
  %".938" = extractelement <8 x i64> %".862", i32 3
  %".939" = getelementptr inbounds i16, ptr %".112", i64 %".938"
  store i16 %".937", ptr %".939", !alias.scope !4, !noalias !3
  %".941" = extractelement <8 x i16> %".924", i32 4
  %".942" = extractelement <8 x i64> %".862", i32 4
  %".943" = getelementptr inbounds i16, ptr %".112", i64 %".942"
  store i16 %".941", ptr %".943", !alias.scope !4, !noalias !3
  %".945" = extractelement <8 x i16> %".924", i32 5
  %".946" = extractelement <8 x i64> %".862", i32 5
  %".947" = getelementptr inbounds i16, ptr %".112", i64 %".946"
  store i16 %".945", ptr %".947", !alias.scope !4, !noalias !3
  %".949" = extractelement <8 x i16> %".924", i32 6
  %".950" = extractelement <8 x i64> %".862", i32 6
  %".951" = getelementptr inbounds i16, ptr %".112", i64 %".950"
  store i16 %".949", ptr %".951", !alias.scope !4, !noalias !3
  %".953" = extractelement <8 x i16> %".924", i32 7
  %".954" = extractelement <8 x i64> %".862", i32 7
  %".955" = getelementptr inbounds i16, ptr %".112", i64 %".954"
  store i16 %".953", ptr %".955", !alias.scope !4, !noalias !3
  %".957" = add i64 %"spv.3", 1
  br label %"spv.head.3"
spv.done.3:
  %".959" = mul i64 %".852", 8
  %".960" = add i64 %".850", %".959"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".960", %"spv.done.3"], [%".998", %"sp.body"]
  %".962" = icmp slt i64 %"sp", %".676"
  br i1 %".962", label %"sp.body", label %"sp.done"
sp.body:
  %".964" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".965" = load i32, ptr %".964", !alias.scope !3, !noalias !4
  %".966" = sext i32 %".965" to i64
  %".967" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"sp"
  %".968" = load i8, ptr %".967", !alias.scope !3, !noalias !4
  %".969" = sitofp i8 %".968" to float
  %".970" = getelementptr inbounds i16, ptr %".112", i64 %".966"
  %".971" = load i16, ptr %".970", !alias.scope !4, !noalias !3
  %".972" = sitofp i16 %".971" to float
  %".973" = fmul float %".671", %".969"
  %".974" = fsub float %".972", %".973"
  %".975" = xor i32 %".104", 2654435769
  %".976" = lshr i32 %".975", 16
  %".977" = xor i32 %".975", %".976"
  %".978" = mul i32 %".977", 2146121005
  %".979" = lshr i32 %".978", 15
  %".980" = xor i32 %".978", %".979"
  %".981" = mul i32 %".980", 2221713035
  %".982" = lshr i32 %".981", 16
  %".983" = xor i32 %".981", %".982"
  %".984" = trunc i64 %".966" to i32
  %".985" = mul i32 %".984", 2654435769
  %".986" = add i32 %".983", %".985"
  %".987" = lshr i32 %".986", 8
  %".988" = uitofp i32 %".987" to float
  %".989" = fmul float %".988", 0x3e70000000000000
  %".990" = fadd float %".974", %".989"
  %".991" = call float @"llvm.floor.f32"(float %".990")
  %".992" = fcmp ogt float %".991", 0x40dfffc000000000
  %".993" = select  i1 %".992", float 0x40dfffc000000000, float %".991"
  %".994" = fcmp olt float %".993", 0xc0dfffc000000000
  %".995" = select  i1 %".994", float 0xc0dfffc000000000, float %".993"
  %".996" = fptosi float %".995" to i16
  store i16 %".996", ptr %".970", !alias.scope !4, !noalias !3
  %".998" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".1000" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.exp.f32"(float %".1")

declare float @"llvm.log.f32"(float %".1")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

declare <8 x float> @"llvm.floor.v8f32"(<8 x float> %".1")

declare float @"llvm.floor.f32"(float %".1")

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