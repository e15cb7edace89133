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
  %"ex" = phi  i64 [%"begin", %"start"], [%".580", %"sp.done"]
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
  %".582" = load double, double* %"loss.acc"
  store double %".582", ptr %"out"
  %".584" = load i32, i32* %"rng.state"
  store i32 %".584", ptr %"rng..p"
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
  %"outer" = phi  i64 [0, %"lse.done.endif"], [%".349", %"op.done"]
  %".287" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".287", label %"outer.body", label %"outer.done"
outer.body:
  %".289" = mul i64 %"outer", %"dim.d"
  %".290" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".289"
  %".291" = getelementptr inbounds float, float* %"t0", i64 %"outer"
  %".292" = load float, float* %".291"
  %".293" = fsub float %".292", %".217"
  %".294" = call float @"llvm.exp.f32"(float %".293")
  %".295" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".91"
  %".296" = load i64, ptr %".295", !alias.scope !3, !noalias !4
  %".297" = add i64 %".91", 1
  %".298" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".297"
  %".299" = load i64, ptr %".298", !alias.scope !3, !noalias !4
  br label %"op.head"
outer.done:
  %".351" = fmul float %".97", 0xbff0000000000000
  %".352" = fmul float %".126", 0x40b0000000000000
  %".353" = fmul float %".351", %".352"
  %".354" = fcmp ogt float %".353", 0x4630000000000000
  %".355" = select  i1 %".354", float 0x4630000000000000, float %".353"
  %".356" = fcmp olt float %".355", 0xc630000000000000
  %".357" = select  i1 %".356", float 0xc630000000000000, float %".355"
  %".358" = fcmp uno float %".353", %".353"
  %".359" = fcmp uno float %".353", %".353"
  %".360" = or i1 %".358", %".359"
  %".361" = select  i1 %".360", float              0x0, float %".357"
  %".362" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".91"
  %".363" = load i64, ptr %".362", !alias.scope !3, !noalias !4
  %".364" = add i64 %".91", 1
  %".365" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".364"
  %".366" = load i64, ptr %".365", !alias.scope !3, !noalias !4
  %".367" = sub i64 %".366", %".363"
  %".368" = sdiv i64 %".367", 16
  br label %"spv.head"
op.head:
  %"op" = phi  i64 [%".296", %"outer.body"], [%".347", %"op.body"]
  %".301" = icmp slt i64 %"op", %".299"
  br i1 %".301", label %"op.body", label %"op.done"
op.body:
  %".303" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".304" = load i32, ptr %".303", !alias.scope !3, !noalias !4
  %".305" = sext i32 %".304" to i64
  %".306" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"op"
  %".307" = load i16, ptr %".306", !alias.scope !3, !noalias !4
  %".308" = sitofp i16 %".307" to float
  %".309" = fmul float %".308", %".126"
  %".310" = fmul float %".294", %".309"
  %".311" = mul i64 %"outer", %"dim.d"
  %".312" = add i64 %".311", %".305"
  %".313" = getelementptr inbounds i16, ptr %".290", i64 %".305"
  %".314" = load i16, ptr %".313", !alias.scope !4, !noalias !3
  %".315" = sitofp i16 %".314" to float
  %".316" = fmul float %".315", 0x3f30000000000000
  %".317" = fmul float 0x3eb0c6f7a0000000, %".316"
  %".318" = fadd float %".310", %".317"
  %".319" = fmul float %".97", %".318"
  %".320" = fmul float %".319", 0x40b0000000000000
  %".321" = fsub float %".315", %".320"
  %".322" = xor i32 %".104", 0
  %".323" = lshr i32 %".322", 16
  %".324" = xor i32 %".322", %".323"
  %".325" = mul i32 %".324", 2146121005
  %".326" = lshr i32 %".325", 15
  %".327" = xor i32 %".325", %".326"
  %".328" = mul i32 %".327", 2221713035
  %".329" = lshr i32 %".328", 16
  %".330" = xor i32 %".328", %".329"
  %".331" = trunc i64 %".312" to i32
  %".332" = mul i32 %".331", 2654435769
  %".333" = add i32 %".330", %".332"
  %".334" = lshr i32 %".333", 8
  %".335" = uitofp i32 %".334" to float
  %".336" = fmul float %".335", 0x3e70000000000000
  %".337" = fadd float %".321", %".336"
  %".338" = call float @"llvm.floor.f32"(float %".337")
  %".339" = fcmp ogt float %".338", 0x40dfffc000000000
  %".340" = select  i1 %".339", float 0x40dfffc000000000, float %".338"
  %".341" = fcmp olt float %".340", 0xc0dfffc000000000
  %".342" = select  i1 %".341", float 0xc0dfffc000000000, float %".340"
  %".343" = fcmp uno float %".342", %".342"
  %".344" = select  i1 %".343", float              0x0, float %".342"
  %".345" = fptosi float %".344" to i16
  store i16 %".345", ptr %".313", !alias.scope !4, !noalias !3
  %".347" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".349" = add i64 %"outer", 1
  br label %"outer.head"
spv.head:
  %"spv" = phi  i64 [0, %"outer.done"], [%".537", %"spv.body"]
  %".370" = icmp slt i64 %"spv", %".368"
  br i1 %".370", label %"spv.body", label %"spv.done"
spv.body:
  %".372" = mul i64 %"spv", 16
  %".373" = add i64 %".363", %".372"
  %".374" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".373"
  %".375" = load <16 x i32>, ptr %".374", align 4, !alias.scope !3, !noalias !4
  %".376" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".373"
  %".377" = load <16 x i16>, ptr %".376", align 2, !alias.scope !3, !noalias !4
  %".378" = sext <16 x i32> %".375" to <16 x i64>
  %".379" = sitofp <16 x i16> %".377" to <16 x float>
  %".380" = extractelement <16 x i64> %".378", i32 0
  %".381" = getelementptr inbounds i16, ptr %".112", i64 %".380"
  %".382" = load i16, ptr %".381", !alias.scope !4, !noalias !3
  %".383" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".382", i32 0
  %".384" = extractelement <16 x i64> %".378", i32 1
  %".385" = getelementptr inbounds i16, ptr %".112", i64 %".384"
  %".386" = load i16, ptr %".385", !alias.scope !4, !noalias !3
  %".387" = insertelement <16 x i16> %".383", i16 %".386", i32 1
  %".388" = extractelement <16 x i64> %".378", i32 2
  %".389" = getelementptr inbounds i16, ptr %".112", i64 %".388"
  %".390" = load i16, ptr %".389", !alias.scope !4, !noalias !3
  %".391" = insertelement <16 x i16> %".387", i16 %".390", i32 2
  %".392" = extractelement <16 x i64> %".378", i32 3
  %".393" = getelementptr inbounds i16, ptr %".112", i64 %".392"
  %".394" = load i16, ptr %".393", !alias.scope !4, !noalias !3
  %".395" = insertelement <16 x i16> %".391", i16 %".394", i32 3
  %".396" = extractelement <16 x i64> %".378", i32 4
  %".397" = getelementptr inbounds i16, ptr %".112", i64 %".396"
  %".398" = load i16, ptr %".397", !alias.scope !4, !noalias !3
  %".399" = insertelement <16 x i16> %".395", i16 %".398", i32 4
  %".400" = extractelement <16 x i64> %".378", i32 5
  %".401" = getelementptr inbounds i16, ptr %".112", i64 %".400"
  %".402" = load i16, ptr %".401", !alias.scope !4, !noalias !3
  %".403" = insertelement <16 x i16> %".399", i16 %".402", i32 5
  %".404" = extractelement <16 x i64> %".378", i32 6
  %".405" = getelementptr inbounds i16, ptr %".112", i64 %".404"
  %".406" = load i16, ptr %".405", !alias.scope !4, !noalias !3
  %".407" = insertelement <16 x i16> %".403", i16 %".406", i32 6
  %".408" = extractelement <16 x i64> %".378", i32 7
  %".409" = getelementptr inbounds i16, ptr %".112", i64 %".408"
  %".410" = load i16, ptr %".409", !alias.scope !4, !noalias !3
  %".411" = insertelement <16 x i16> %".407", i16 %".410", i32 7
  %".412" = extractelement <16 x i64> %".378", i32 8
  %".413" = getelementptr inbounds i16, ptr %".112", i64 %".412"
  %".414" = load i16, ptr %".413", !alias.scope !4, !noalias !3
  %".415" = insertelement <16 x i16> %".411", i16 %".414", i32 8
  %".416" = extractelement <16 x i64> %".378", i32 9
  %".417" = getelementptr inbounds i16, ptr %".112", i64 %".416"
  %".418" = load i16, ptr %".417", !alias.scope !4, !noalias !3
  %".419" = insertelement <16 x i16> %".415", i16 %".418", i32 9
  %".420" = extractelement <16 x i64> %".378", i32 10
  %".421" = getelementptr inbounds i16, ptr %".112", i64 %".420"
  %".422" = load i16, ptr %".421", !alias.scope !4, !noalias !3
  %".423" = insertelement <16 x i16> %".419", i16 %".422", i32 10
  %".424" = extractelement <16 x i64> %".378", i32 11
  %".425" = getelementptr inbounds i16, ptr %".112", i64 %".424"
  %".426" = load i16, ptr %".425", !alias.scope !4, !noalias !3
  %".427" = insertelement <16 x i16> %".423", i16 %".426", i32 11
  %".428" = extractelement <16 x i64> %".378", i32 12
  %".429" = getelementptr inbounds i16, ptr %".112", i64 %".428"
  %".430" = load i16, ptr %".429", !alias.scope !4, !noalias !3
  %".431" = insertelement <16 x i16> %".427", i16 %".430", i32 12
  %".432" = extractelement <16 x i64> %".378", i32 13
  %".433" = getelementptr inbounds i16, ptr %".112", i64 %".432"
  %".434" = load i16, ptr %".433", !alias.scope !4, !noalias !3
  %".435" = insertelement <16 x i16> %".431", i16 %".434", i32 13
  %".436" = extractelement <16 x i64> %".378", i32 14
  %".437" = getelementptr inbounds i16, ptr %".112", i64 %".436"
  %".438" = load i16, ptr %".437", !alias.scope !4, !noalias !3
  %".439" = insertelement <16 x i16> %".435", i16 %".438", i32 14
  %".440" = extractelement <16 x i64> %".378", i32 15
  %".441" = getelementptr inbounds i16, ptr %".112", i64 %".440"
  %".442" = load i16, ptr %".441", !alias.scope !4, !noalias !3
  %".443" = insertelement <16 x i16> %".439", i16 %".442", i32 15
  %".444" = sitofp <16 x i16> %".443" to <16 x float>
  %".445" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".361", i32 0
  %".446" = shufflevector <16 x float> %".445", <16 x float> %".445", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".447" = fmul <16 x float> %".446", %".379"
  %".448" = fsub <16 x float> %".444", %".447"
  %".449" = xor i32 %".104", 2654435769
  %".450" = lshr i32 %".449", 16
  %".451" = xor i32 %".449", %".450"
  %".452" = mul i32 %".451", 2146121005
  %".453" = lshr i32 %".452", 15
  %".454" = xor i32 %".452", %".453"
  %".455" = mul i32 %".454", 2221713035
  %".456" = lshr i32 %".455", 16
  %".457" = xor i32 %".455", %".456"
  %".458" = trunc <16 x i64> %".378" to <16 x i32>
  %".459" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".457", i32 0
  %".460" = shufflevector <16 x i32> %".459", <16 x i32> %".459", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".461" = mul <16 x i32> %".458", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".462" = add <16 x i32> %".460", %".461"
  %".463" = lshr <16 x i32> %".462", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".464" = uitofp <16 x i32> %".463" to <16 x float>
  %".465" = fmul <16 x float> %".464", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".466" = fadd <16 x float> %".448", %".465"
  %".467" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".466")
  %".468" = fcmp ogt <16 x float> %".467", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".469" = select  <16 x i1> %".468", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".467"
  %".470" = fcmp olt <16 x float> %".469", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".471" = select  <16 x i1> %".470", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".469"
  %".472" = fptosi <16 x float> %".471" to <16 x i16>
  %".473" = extractelement <16 x i16> %".472", i32 0
  %".474" = extractelement <16 x i64> %".378", i32 0
  %".475" = getelementptr inbounds i16, ptr %".112", i64 %".474"
  store i16 %".473", ptr %".475", !alias.scope !4, !noalias !3
  %".477" = extractelement <16 x i16> %".472", i32 1
  %".478" = extractelement <16 x i64> %".378", i32 1
  %".479" = getelementptr inbounds i16, ptr %".112", i64 %".478"
  store i16 %".477", ptr %".479", !alias.scope !4, !noalias !3
  %".481" = extractelement <16 x i16> %".472", i32 2
  %".482" = extractelement <16 x i64> %".378", i32 2
  %".483" = getelementptr inbounds i16, ptr %".112", i64 %".482"
  store i16 %".481", ptr %".483", !alias.scope !4, !noalias !3
  %".485" = extractelement <16 x i16> %".472", i32 3
  %".486" = extractelement <16 x i64> %".378", i32 3
  %".487" = getelementptr inbounds i16, ptr %".112", i64 %".486"
  store i16 %".485", ptr %".487", !alias.scope !4, !noalias !3
  %".489" = extractelement <16 x i16> %".472", i32 4
  %".490" = extractelement <16 x i64> %".378", i32 4
  %".491" = getelementptr inbounds i16, ptr %".112", i64 %".490"
  store i16 %".489", ptr %".491", !alias.scope !4, !noalias !3
  %".493" = extractelement <16 x i16> %".472", i32 5
  %".494" = extractelement <16 x i64> %".378", i32 5
  %".495" = getelementptr inbounds i16, ptr %".112", i64 %".494"
  store i16 %".493", ptr %".495", !alias.scope !4, !noalias !3
  %".497" = extractelement <16 x i16> %".472", i32 6
  %".498" = extractelement <16 x i64> %".378", i32 6
  %".499" = getelementptr inbounds i16, ptr %".112", i64 %".498"
  store i16 %".497", ptr %".499", !alias.scope !4, !noalias !3
  %".501" = extractelement <16 x i16> %".472", i32 7
  %".502" = extractelement <16 x i64> %".378", i32 7
  %".503" = getelementptr inbounds i16, ptr %".112", i64 %".502"
  store i16 %".501", ptr %".503", !alias.scope !4, !noalias !3
  %".505" = extractelement <16 x i16> %".472", i32 8
  %".506" = extractelement <16 x i64> %".378", i32 8
  %".507" = getelementptr inbounds i16, ptr %".112", i64 %".506"
  store i16 %".505", ptr %".507", !alias.scope !4, !noalias !3
  %".509" = extractelement <16 x i16> %".472", i32 9
  %".510" = extractelement <16 x i64> %".378", i32 9
  %".511" = getelementptr inbounds i16, ptr %".112", i64 %".510"
  store i16 %".509", ptr %".511", !alias.scope !4, !noalias !3
  %".513" = extractelement <16 x i16> %".472", i32 10
  %".514" = extractelement <16 x i64> %".378", i32 10
  %".515" = getelementptr inbounds i16, ptr %".112", i64 %".514"
  store i16 %".513", ptr %".515", !alias.scope !4, !noalias !3
  %".517" = extractelement <16 x i16> %".472", i32 11
  %".518" = extractelement <16 x i64> %".378", i32 11
  %".519" = getelementptr inbounds i16, ptr %".112", i64 %".518"
  store i16 %".517", ptr %".519", !alias.scope !4, !noalias !3
  %".521" = extractelement <16 x i16> %".472", i32 12
  %".522" = extractelement <16 x i64> %".378", i32 12
  %".523" = getelementptr inbounds i16, ptr %".112", i64 %".522"
  store i16 %".521", ptr %".523", !alias.scope !4, !noalias !3
  %".525" = extractelement <16 x i16> %".472", i32 13
  %".526" = extractelement <16 x i64> %".378", i32 13
  %".527" = getelementptr inbounds i16, ptr %".112", i64 %".526"
  store i16 %".525", ptr %".527", !alias.scope !4, !noalias !3
  %".529" = extractelement <16 x i16> %".472", i32 14
  %".530" = extractelement <16 x i64> %".378", i32 14
  %".531" = getelementptr inbounds i16, ptr %".112", i64 %".530"
  store i16 %".529", ptr %".531", !alias.scope !4, !noalias !3
  %".533" = extractelement <16 x i16> %".472", i32 15
  %".534" = extractelement <16 x i64> %".378", i32 15
  %".535" = getelementptr inbounds i16, ptr %".112", i64 %".534"
  store i16 %".533", ptr %".535", !alias.scope !4, !noalias !3
  %".537" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".539" = mul i64 %".368", 16
  %".540" = add i64 %".363", %".539"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".540", %"spv.done"], [%".578", %"sp.body"]
  %".542" = icmp slt i64 %"sp", %".366"
  br i1 %".542", label %"sp.body", label %"sp.done"
sp.body:
  %".544" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".545" = load i32, ptr %".544", !alias.scope !3, !noalias !4
  %".546" = sext i32 %".545" to i64
  %".547" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"sp"
  %".548" = load i16, ptr %".547", !alias.scope !3, !noalias !4
  %".549" = sitofp i16 %".548" to float
  %".550" = getelementptr inbounds i16, ptr %".112", i64 %".546"
  %".551" = load i16, ptr %".550", !alias.scope !4, !noalias !3
  %".552" = sitofp i16 %".551" to float
  %".553" = fmul float %".361", %".549"
  %".554" = fsub float %".552", %".553"
  %".555" = xor i32 %".104", 2654435769
  %".556" = lshr i32 %".555", 16
  %".557" = xor i32 %".555", %".556"
  %".558" = mul i32 %".557", 2146121005
  %".559" = lshr i32 %".558", 15
  %".560" = xor i32 %".558", %".559"
  %".561" = mul i32 %".560", 2221713035
  %".562" = lshr i32 %".561", 16
  %".563" = xor i32 %".561", %".562"
  %".564" = trunc i64 %".546" to i32
  %".565" = mul i32 %".564", 2654435769
  %".566" = add i32 %".563", %".565"
  %".567" = lshr i32 %".566", 8
  %".568" = uitofp i32 %".567" to float
  %".569" = fmul float %".568", 0x3e70000000000000
  %".570" = fadd float %".554", %".569"
  %".571" = call float @"llvm.floor.f32"(float %".570")
  %".572" = fcmp ogt float %".571", 0x40dfffc000000000
  %".573" = select  i1 %".572", float 0x40dfffc000000000, float %".571"
  %".574" = fcmp olt float %".573", 0xc0dfffc000000000
  %".575" = select  i1 %".574", float 0xc0dfffc000000000, float %".573"
  %".576" = fptosi float %".575" to i16
  store i16 %".576", ptr %".550", !alias.scope !4, !noalias !3
  %".578" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".580" = add i64 %"ex", 1
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