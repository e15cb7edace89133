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
  %"ex" = phi  i64 [%"begin", %"start"], [%".774", %"sp.done"]
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
  %".776" = load double, double* %"loss.acc"
  store double %".776", ptr %"out"
  %".778" = load i32, i32* %"rng.state"
  store i32 %".778", ptr %"rng..p"
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
  %".59" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".35"
  %".60" = ptrtoint ptr %".59" to i64
  %".61" = and i64 %".60", 63
  %".62" = mul i64 %".39", 2
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
  %".130" = icmp sle i64 %".129", 2
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
  %".140" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".141" = load i16, ptr %".140", !alias.scope !3, !noalias !4
  %".142" = sitofp i16 %".141" to float
  %".143" = fmul float %".142", %".126"
  %".144" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".145" = load i16, ptr %".144", !alias.scope !3, !noalias !4
  %".146" = sext i16 %".145" to i32
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
  %".166" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".167" = load i16, ptr %".166", !alias.scope !3, !noalias !4
  %".168" = sitofp i16 %".167" to float
  %".169" = fmul float %".168", %".126"
  %".170" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".171" = load i16, ptr %".170", !alias.scope !3, !noalias !4
  %".172" = sext i16 %".171" to i64
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
  %".226" = icmp sle i64 %".225", 2
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
  %".236" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32.1"
  %".237" = load i16, ptr %".236", !alias.scope !3, !noalias !4
  %".238" = sitofp i16 %".237" to float
  %".239" = fmul float %".238", %".126"
  %".240" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32.1"
  %".241" = load i16, ptr %".240", !alias.scope !3, !noalias !4
  %".242" = sext i16 %".241" to i32
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
  %".262" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64.1"
  %".263" = load i16, ptr %".262", !alias.scope !3, !noalias !4
  %".264" = sitofp i16 %".263" to float
  %".265" = fmul float %".264", %".126"
  %".266" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64.1"
  %".267" = load i16, ptr %".266", !alias.scope !3, !noalias !4
  %".268" = sext i16 %".267" to i64
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
  %"outer" = phi  i64 [0, %"lse.done.endif"], [%".543", %"op.done"]
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
  %".545" = fmul float %".97", 0xbff0000000000000
  %".546" = fmul float %".126", 0x40b0000000000000
  %".547" = fmul float %".545", %".546"
  %".548" = fcmp ogt float %".547", 0x4630000000000000
  %".549" = select  i1 %".548", float 0x4630000000000000, float %".547"
  %".550" = fcmp olt float %".549", 0xc630000000000000
  %".551" = select  i1 %".550", float 0xc630000000000000, float %".549"
  %".552" = fcmp uno float %".547", %".547"
  %".553" = fcmp uno float %".547", %".547"
  %".554" = or i1 %".552", %".553"
  %".555" = select  i1 %".554", float              0x0, float %".551"
  %".556" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".91"
  %".557" = load i64, ptr %".556", !alias.scope !3, !noalias !4
  %".558" = add i64 %".91", 1
  %".559" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".558"
  %".560" = load i64, ptr %".559", !alias.scope !3, !noalias !4
  %".561" = sub i64 %".560", %".557"
  %".562" = sdiv i64 %".561", 16
  br label %"spv.head.1"
spv.head:
  %"spv" = phi  i64 [0, %"outer.body"], [%".498", %"spv.body"]
  %".325" = icmp slt i64 %"spv", %".323"
  br i1 %".325", label %"spv.body", label %"spv.done"
spv.body:
  %".327" = mul i64 %"spv", 16
  %".328" = add i64 %".318", %".327"
  %".329" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".328"
  %".330" = load <16 x i32>, ptr %".329", align 4, !alias.scope !3, !noalias !4
  %".331" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".328"
  %".332" = load <16 x i16>, ptr %".331", align 2, !alias.scope !3, !noalias !4
  %".333" = sext <16 x i32> %".330" to <16 x i64>
  %".334" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".316", i32 0
  %".335" = shufflevector <16 x i64> %".334", <16 x i64> %".334", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".336" = add <16 x i64> %".333", %".335"
  %".337" = sitofp <16 x i16> %".332" to <16 x float>
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
  br label %"op.head"
op.head:
  %"op" = phi  i64 [%".501", %"spv.done"], [%".541", %"op.body"]
  %".503" = icmp slt i64 %"op", %".321"
  br i1 %".503", label %"op.body", label %"op.done"
op.body:
  %".505" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".506" = load i32, ptr %".505", !alias.scope !3, !noalias !4
  %".507" = sext i32 %".506" to i64
  %".508" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"op"
  %".509" = load i16, ptr %".508", !alias.scope !3, !noalias !4
  %".510" = sitofp i16 %".509" to float
  %".511" = add i64 %".316", %".507"
  %".512" = getelementptr inbounds i16, ptr %".290", i64 %".507"
  %".513" = load i16, ptr %".512", !alias.scope !4, !noalias !3
  %".514" = sitofp i16 %".513" to float
  %".515" = fmul float %".514", %".307"
  %".516" = fmul float %".315", %".510"
  %".517" = fsub float %".515", %".516"
  %".518" = xor i32 %".104", 0
  %".519" = lshr i32 %".518", 16
  %".520" = xor i32 %".518", %".519"
  %".521" = mul i32 %".520", 2146121005
  %".522" = lshr i32 %".521", 15
  %".523" = xor i32 %".521", %".522"
  %".524" = mul i32 %".523", 2221713035
  %".525" = lshr i32 %".524", 16
  %".526" = xor i32 %".524", %".525"
  %".527" = trunc i64 %".511" to i32
  %".528" = mul i32 %".527", 2654435769
  %".529" = add i32 %".526", %".528"
  %".530" = lshr i32 %".529", 8
  %".531" = uitofp i32 %".530" to float
  %".532" = fmul float %".531", 0x3e70000000000000
  %".533" = fadd float %".517", %".532"
  %".534" = call float @"llvm.floor.f32"(float %".533")
  %".535" = fcmp ogt float %".534", 0x40dfffc000000000
  %".536" = select  i1 %".535", float 0x40dfffc000000000, float %".534"
  %".537" = fcmp olt float %".536", 0xc0dfffc000000000
  %".538" = select  i1 %".537", float 0xc0dfffc000000000, float %".536"
  %".539" = fptosi float %".538" to i16
  store i16 %".539", ptr %".512", !alias.scope !4, !noalias !3
  %".541" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".543" = add i64 %"outer", 1
  br label %"outer.head"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"outer.done"], [%".731", %"spv.body.1"]
  %".564" = icmp slt i64 %"spv.1", %".562"
  br i1 %".564", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".566" = mul i64 %"spv.1", 16
  %".567" = add i64 %".557", %".566"
  %".568" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".567"
  %".569" = load <16 x i32>, ptr %".568", align 4, !alias.scope !3, !noalias !4
  %".570" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".567"
  %".571" = load <16 x i16>, ptr %".570", align 2, !alias.scope !3, !noalias !4
  %".572" = sext <16 x i32> %".569" to <16 x i64>
  %".573" = sitofp <16 x i16> %".571" to <16 x float>
  %".574" = extractelement <16 x i64> %".572", i32 0
  %".575" = getelementptr inbounds i16, ptr %".112", i64 %".574"
  %".576" = load i16, ptr %".575", !alias.scope !4, !noalias !3
  %".577" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".576", i32 0
  %".578" = extractelement <16 x i64> %".572", i32 1
  %".579" = getelementptr inbounds i16, ptr %".112", i64 %".578"
  %".580" = load i16, ptr %".579", !alias.scope !4, !noalias !3
  %".581" = insertelement <16 x i16> %".577", i16 %".580", i32 1
  %".582" = extractelement <16 x i64> %".572", i32 2
  %".583" = getelementptr inbounds i16, ptr %".112", i64 %".582"
  %".584" = load i16, ptr %".583", !alias.scope !4, !noalias !3
  %".585" = insertelement <16 x i16> %".581", i16 %".584", i32 2
  %".586" = extractelement <16 x i64> %".572", i32 3
  %".587" = getelementptr inbounds i16, ptr %".112", i64 %".586"
  %".588" = load i16, ptr %".587", !alias.scope !4, !noalias !3
  %".589" = insertelement <16 x i16> %".585", i16 %".588", i32 3
  %".590" = extractelement <16 x i64> %".572", i32 4
  %".591" = getelementptr inbounds i16, ptr %".112", i64 %".590"
  %".592" = load i16, ptr %".591", !alias.scope !4, !noalias !3
  %".593" = insertelement <16 x i16> %".589", i16 %".592", i32 4
  %".594" = extractelement <16 x i64> %".572", i32 5
  %".595" = getelementptr inbounds i16, ptr %".112", i64 %".594"
  %".596" = load i16, ptr %".595", !alias.scope !4, !noalias !3
  %".597" = insertelement <16 x i16> %".593", i16 %".596", i32 5
  %".598" = extractelement <16 x i64> %".572", i32 6
  %".599" = getelementptr inbounds i16, ptr %".112", i64 %".598"
  %".600" = load i16, ptr %".599", !alias.scope !4, !noalias !3
  %".601" = insertelement <16 x i16> %".597", i16 %".600", i32 6
  %".602" = extractelement <16 x i64> %".572", i32 7
  %".603" = getelementptr inbounds i16, ptr %".112", i64 %".602"
  %".604" = load i16, ptr %".603", !alias.scope !4, !noalias !3
  %".605" = insertelement <16 x i16> %".601", i16 %".604", i32 7
  %".606" = extractelement <16 x i64> %".572", i32 8
  %".607" = getelementptr inbounds i16, ptr %".112", i64 %".606"
  %".608" = load i16, ptr %".607", !alias.scope !4, !noalias !3
  %".609" = insertelement <16 x i16> %".605", i16 %".608", i32 8
  %".610" = extractelement <16 x i64> %".572", i32 9
  %".611" = getelementptr inbounds i16, ptr %".112", i64 %".610"
  %".612" = load i16, ptr %".611", !alias.scope !4, !noalias !3
  %".613" = insertelement <16 x i16> %".609", i16 %".612", i32 9
  %".614" = extractelement <16 x i64> %".572", i32 10
  %".615" = getelementptr inbounds i16, ptr %".112", i64 %".614"
  %".616" = load i16, ptr %".615", !alias.scope !4, !noalias !3
  %".617" = insertelement <16 x i16> %".613", i16 %".616", i32 10
  %".618" = extractelement <16 x i64> %".572", i32 11
  %".619" = getelementptr inbounds i16, ptr %".112", i64 %".618"
  %".620" = load i16, ptr %".619", !alias.scope !4, !noalias !3
  %".621" = insertelement <16 x i16> %".617", i16 %".620", i32 11
  %".622" = extractelement <16 x i64> %".572", i32 12
  %".623" = getelementptr inbounds i16, ptr %".112", i64 %".622"
  %".624" = load i16, ptr %".623", !alias.scope !4, !noalias !3
  %".625" = insertelement <16 x i16> %".621", i16 %".624", i32 12
  %".626" = extractelement <16 x i64> %".572", i32 13
  %".627" = getelementptr inbounds i16, ptr %".112", i64 %".626"
  %".628" = load i16, ptr %".627", !alias.scope !4, !noalias !3
  %".629" = insertelement <16 x i16> %".625", i16 %".628", i32 13
  %".630" = extractelement <16 x i64> %".572", i32 14
  %".631" = getelementptr inbounds i16, ptr %".112", i64 %".630"
  %".632" = load i16, ptr %".631", !alias.scope !4, !noalias !3
  %".633" = insertelement <16 x i16> %".629", i16 %".632", i32 14
  %".634" = extractelement <16 x i64> %".572", i32 15
  %".635" = getelementptr inbounds i16, ptr %".112", i64 %".634"
  %".636" = load i16, ptr %".635", !alias.scope !4, !noalias !3
  %".637" = insertelement <16 x i16> %".633", i16 %".636", i32 15
  %".638" = sitofp <16 x i16> %".637" to <16 x float>
  %".639" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".555", i32 0
  %".640" = shufflevector <16 x float> %".639", <16 x float> %".639", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".641" = fmul <16 x float> %".640", %".573"
  %".642" = fsub <16 x float> %".638", %".641"
  %".643" = xor i32 %".104", 2654435769
  %".644" = lshr i32 %".643", 16
  %".645" = xor i32 %".643", %".644"
  %".646" = mul i32 %".645", 2146121005
  %".647" = lshr i32 %".646", 15
  %".648" = xor i32 %".646", %".647"
  %".649" = mul i32 %".648", 2221713035
  %".650" = lshr i32 %".649", 16
  %".651" = xor i32 %".649", %".650"
  %".652" = trunc <16 x i64> %".572" to <16 x i32>
  %".653" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".651", i32 0
  %".654" = shufflevector <16 x i32> %".653", <16 x i32> %".653", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".655" = mul <16 x i32> %".652", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".656" = add <16 x i32> %".654", %".655"
  %".657" = lshr <16 x i32> %".656", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".658" = uitofp <16 x i32> %".657" to <16 x float>
  %".659" = fmul <16 x float> %".658", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".660" = fadd <16 x float> %".642", %".659"
  %".661" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".660")
  %".662" = fcmp ogt <16 x float> %".661", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".663" = select  <16 x i1> %".662", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".661"
  %".664" = fcmp olt <16 x float> %".663", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".665" = select  <16 x i1> %".664", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".663"
  %".666" = fptosi <16 x float> %".665" to <16 x i16>
  %".667" = extractelement <16 x i16> %".666", i32 0
  %".668" = extractelement <16 x i64> %".572", i32 0
  %".669" = getelementptr inbounds i16, ptr %".112", i64 %".668"
  store i16 %".667", ptr %".669", !alias.scope !4, !noalias !3
  %".671" = extractelement <16 x i16> %".666", i32 1
  %".672" = extractelement <16 x i64> %".572", i32 1
  %".673" = getelementptr inbounds i16, ptr %".112", i64 %".672"
  store i16 %".671", ptr %".673", !alias.scope !4, !noalias !3
  %".675" = extractelement <16 x i16> %".666", i32 2
  %".676" = extractelement <16 x i64> %".572", i32 2
  %".677" = getelementptr inbounds i16, ptr %".112", i64 %".676"
  store i16 %".675", ptr %".677", !alias.scope !4, !noalias !3
  %".679" = extractelement <16 x i16> %".666", i32 3
  %".680" = extractelement <16 x i64> %".572", i32 3
  %".681" = getelementptr inbounds i16, ptr %".112", i64 %".680"
  store i16 %".679", ptr %".681", !alias.scope !4, !noalias !3
  %".683" = extractelement <16 x i16> %".666", i32 4
  %".684" = extractelement <16 x i64> %".572", i32 4
  %".685" = getelementptr inbounds i16, ptr %".112", i64 %".684"
  store i16 %".683", ptr %".685", !alias.scope !4, !noalias !3
  %".687" = extractelement <16 x i16> %".666", i32 5
  %".688" = extractelement <16 x i64> %".572", i32 5
  %".689" = getelementptr inbounds i16, ptr %".112", i64 %".688"
  store i16 %".687", ptr %".689", !alias.scope !4, !noalias !3
  %".691" = extractelement <16 x i16> %".666", i32 6
  %".692" = extractelement <16 x i64> %".572", i32 6
  %".693" = getelementptr inbounds i16, ptr %".112", i64 %".692"
  store i16 %".691", ptr %".693", !alias.scope !4, !noalias !3
  %".695" = extractelement <16 x i16> %".666", i32 7
  %".696" = extractelement <16 x i64> %".572", i32 7
  %".697" = getelementptr inbounds i16, ptr %".112", i64 %".696"
  store i16 %".695", ptr %".697", !alias.scope !4, !noalias !3
  %".699" = extractelement <16 x i16> %".666", i32 8
  %".700" = extractelement <16 x i64> %".572", i32 8
  %".701" = getelementptr inbounds i16, ptr %".112", i64 %".700"
  store i16 %".699", ptr %".701", !alias.scope !4, !noalias !3
  %".703" = extractelement <16 x i16> %".666", i32 9
  %".704" = extractelement <16 x i64> %".572", i32 9
  %".705" = getelementptr inbounds i16, ptr %".112", i64 %".704"
  store i16 %".703", ptr %".705", !alias.scope !4, !noalias !3
  %".707" = extractelement <16 x i16> %".666", i32 10
  %".708" = extractelement <16 x i64> %".572", i32 10
  %".709" = getelementptr inbounds i16, ptr %".112", i64 %".708"
  store i16 %".707", ptr %".709", !alias.scope !4, !noalias !3
  %".711" = extractelement <16 x i16> %".666", i32 11
  %".712" = extractelement <16 x i64> %".572", i32 11
  %".713" = getelementptr inbounds i16, ptr %".112", i64 %".712"
  store i16 %".711", ptr %".713", !alias.scope !4, !noalias !3
  %".715" = extractelement <16 x i16> %".666", i32 12
  %".716" = extractelement <16 x i64> %".572", i32 12
  %".717" = getelementptr inbounds i16, ptr %".112", i64 %".716"
  store i16 %".715", ptr %".717", !alias.scope !4, !noalias !3
  %".719" = extractelement <16 x i16> %".666", i32 13
  %".720" = extractelement <16 x i64> %".572", i32 13
  %".721" = getelementptr inbounds i16, ptr %".112", i64 %".720"
  store i16 %".719", ptr %".721", !alias.scope !4, !noalias !3
  %".723" = extractelement <16 x i16> %".666", i32 14
  %".724" = extractelement <16 x i64> %".572", i32 14
  %".725" = getelementptr inbounds i16, ptr %".112", i64 %".724"
  store i16 %".723", ptr %".725", !alias.scope !4, !noalias !3
  %".727" = extractelement <16 x i16> %".666", i32 15
  %".728" = extractelement <16 x i64> %".572", i32 15
  %".729" = getelementptr inbounds i16, ptr %".112", i64 %".728"
  store i16 %".727", ptr %".729", !alias.scope !4, !noalias !3
  %".731" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".733" = mul i64 %".562", 16
  %".734" = add i64 %".557", %".733"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".734", %"spv.done.1"], [%".772", %"sp.body"]
  %".736" = icmp slt i64 %"sp", %".560"
  br i1 %".736", label %"sp.body", label %"sp.done"
sp.body:
  %".738" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".739" = load i32, ptr %".738", !alias.scope !3, !noalias !4
  %".740" = sext i32 %".739" to i64
  %".741" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"sp"
  %".742" = load i16, ptr %".741", !alias.scope !3, !noalias !4
  %".743" = sitofp i16 %".742" to float
  %".744" = getelementptr inbounds i16, ptr %".112", i64 %".740"
  %".745" = load i16, ptr %".744", !alias.scope !4, !noalias !3
  %".746" = sitofp i16 %".745" to float
  %".747" = fmul float %".555", %".743"
  %".748" = fsub float %".746", %".747"
  %".749" = xor i32 %".104", 2654435769
  %".750" = lshr i32 %".749", 16
  %".751" = xor i32 %".749", %".750"
  %".752" = mul i32 %".751", 2146121005
  %".753" = lshr i32 %".752", 15
  %".754" = xor i32 %".752", %".753"
  %".755" = mul i32 %".754", 2221713035
  %".756" = lshr i32 %".755", 16
  %".757" = xor i32 %".755", %".756"
  %".758" = trunc i64 %".740" to i32
  %".759" = mul i32 %".758", 2654435769
  %".760" = add i32 %".757", %".759"
  %".761" = lshr i32 %".760", 8
  %".762" = uitofp i32 %".761" to float
  %".763" = fmul float %".762", 0x3e70000000000000
  %".764" = fadd float %".748", %".763"
  %".765" = call float @"llvm.floor.f32"(float %".764")
  %".766" = fcmp ogt float %".765", 0x40dfffc000000000
  %".767" = select  i1 %".766", float 0x40dfffc000000000, float %".765"
  %".768" = fcmp olt float %".767", 0xc0dfffc000000000
  %".769" = select  i1 %".768", float 0xc0dfffc000000000, float %".767"
  %".770" = fptosi float %".769" to i16
  store i16 %".770", ptr %".744", !alias.scope !4, !noalias !3
  %".772" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".774" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.exp.f32"(float %".1")

declare float @"llvm.log.f32"(float %".1")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

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