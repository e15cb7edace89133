; llvmlite 0.50.0
; ModuleID = "sgdc.least_squares"
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
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 17
  %"push." = load i64, ptr %".13"
  %".14" = getelementptr inbounds i64, ptr %"slots", i64 18
  %"share." = load i64, ptr %".14"
  %".15" = trunc i64 %"share." to i32
  %".16" = bitcast i32 %".15" to float
  %".17" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".20"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"master.b" = load i64, ptr %".21"
  %"master.b.p" = inttoptr i64 %"master.b" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"base.b" = load i64, ptr %".22"
  %"base.b.p" = inttoptr i64 %"base.b" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".44"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".47" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".47"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".58" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".58"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".68" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".68"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".80" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"t0." = load i64, ptr %".80"
  %".94" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".94"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".102" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".102"
  %".103" = trunc i64 %"scale.x" to i32
  %".104" = bitcast i32 %".103" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".17", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".32", %"cp.body"]
  %".24" = icmp slt i64 %"cp", 1
  br i1 %".24", label %"cp.body", label %"cp.done"
cp.body:
  %".26" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp"
  %".27" = load atomic float, ptr %".26" monotonic, align 4
  %".28" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp"
  store float %".27", ptr %".28"
  %".30" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp"
  store float %".27", ptr %".30"
  %".32" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".451", %"sp.done.endif"]
  %".36" = icmp slt i64 %"ex", %"end"
  br i1 %".36", label %"ex.body", label %"ex.done"
ex.body:
  %".38" = add i64 %"ex", 16
  %".39" = icmp slt i64 %".38", %"end"
  %".40" = select  i1 %".39", i64 %".38", i64 %"ex"
  %".41" = getelementptr inbounds i32, ptr %"order..p", i64 %".40"
  %".42" = load i32, ptr %".41"
  %".43" = sext i32 %".42" to i64
  %".45" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".43"
  call void @"llvm.prefetch.p0"(ptr %".45", i32 0, i32 3, i32 1)
  %".48" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".43"
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".50" = add i64 %"ex", 8
  %".51" = icmp slt i64 %".50", %"end"
  %".52" = select  i1 %".51", i64 %".50", i64 %"ex"
  %".53" = getelementptr inbounds i32, ptr %"order..p", i64 %".52"
  %".54" = load i32, ptr %".53"
  %".55" = sext i32 %".54" to i64
  %".56" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".55"
  %".57" = load i64, ptr %".56"
  %".59" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".57"
  %".60" = getelementptr i8, ptr %".59", i64 0
  call void @"llvm.prefetch.p0"(ptr %".60", i32 0, i32 3, i32 1)
  %".62" = getelementptr i8, ptr %".59", i64 64
  call void @"llvm.prefetch.p0"(ptr %".62", i32 0, i32 3, i32 1)
  %".64" = getelementptr i8, ptr %".59", i64 128
  call void @"llvm.prefetch.p0"(ptr %".64", i32 0, i32 3, i32 1)
  %".66" = getelementptr i8, ptr %".59", i64 192
  call void @"llvm.prefetch.p0"(ptr %".66", i32 0, i32 3, i32 1)
  %".69" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".57"
  %".70" = getelementptr i8, ptr %".69", i64 0
  call void @"llvm.prefetch.p0"(ptr %".70", i32 0, i32 3, i32 1)
  %".72" = getelementptr i8, ptr %".69", i64 64
  call void @"llvm.prefetch.p0"(ptr %".72", i32 0, i32 3, i32 1)
  %".74" = getelementptr i8, ptr %".69", i64 128
  call void @"llvm.prefetch.p0"(ptr %".74", i32 0, i32 3, i32 1)
  %".76" = getelementptr i8, ptr %".69", i64 192
  call void @"llvm.prefetch.p0"(ptr %".76", i32 0, i32 3, i32 1)
  %".78" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".78", !alias.scope !4, !noalias !5
  %".79" = sext i32 %"e" to i64
  %".81" = add i64 %"t0.", %"ex"
  %".82" = sitofp i64 %".81" to float
  %".83" = fmul float 0x3fe0000000000000, %".9"
  %".84" = fadd float 0x3ff0000000000000, %".83"
  %".85" = fdiv float 0x3fa99999a0000000, %".84"
  %".86" = load i32, i32* %"rng.state"
  %".87" = shl i32 %".86", 13
  %".88" = xor i32 %".86", %".87"
  %".89" = lshr i32 %".88", 17
  %".90" = xor i32 %".88", %".89"
  %".91" = shl i32 %".90", 5
  %".92" = xor i32 %".90", %".91"
  store i32 %".92", i32* %"rng.state"
  %".95" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".96" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".97" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".79"
  %".98" = load i64, ptr %".97", !alias.scope !4, !noalias !5
  %".99" = add i64 %".79", 1
  %".100" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".101" = load i64, ptr %".100", !alias.scope !4, !noalias !5
  %".105" = fmul float %".104", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".107" = sub i64 %".101", %".98"
  %".108" = icmp sle i64 %".107", 516
  br i1 %".108", label %"ex.body.if", label %"ex.body.else"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".160" = load i64, i64* %"idot.acc"
  %".161" = sitofp i64 %".160" to float
  %".162" = fmul float %".161", %".105"
  %".163" = getelementptr inbounds float, ptr %".96", i64 0
  %".164" = load float, ptr %".163", !alias.scope !8, !noalias !9
  %".165" = fadd float %".162", %".164"
  %".166" = getelementptr inbounds float, ptr %"field.y.p", i64 %".79"
  %".167" = load float, ptr %".166", !alias.scope !4, !noalias !5
  %".168" = fsub float %".165", %".167"
  %".169" = fmul float %".168", %".168"
  %".170" = fmul float 0x3fe0000000000000, %".169"
  %".171" = fmul float 0x4000000000000000, %".168"
  %".172" = fmul float 0x3fe0000000000000, %".171"
  %".173" = fpext float %".170" to double
  %".174" = load double, double* %"loss.acc"
  %".175" = fadd double %".174", %".173"
  store double %".175", double* %"loss.acc"
  %".177" = fmul float %".85", 0x3eb0c6f7a0000000
  %".178" = fsub float 0x3ff0000000000000, %".177"
  %".179" = fmul float %".85", %".172"
  %".180" = fmul float %".104", 0x40b0000000000000
  %".181" = fmul float %".179", %".180"
  %".182" = fcmp ogt float %".178", 0x4630000000000000
  %".183" = select  i1 %".182", float 0x4630000000000000, float %".178"
  %".184" = fcmp olt float %".183", 0xc630000000000000
  %".185" = select  i1 %".184", float 0xc630000000000000, float %".183"
  %".186" = fcmp uno float %".178", %".178"
  %".187" = fcmp uno float %".181", %".181"
  %".188" = or i1 %".186", %".187"
  %".189" = select  i1 %".188", float 0x3ff0000000000000, float %".185"
  %".190" = fcmp ogt float %".181", 0x4630000000000000
  %".191" = select  i1 %".190", float 0x4630000000000000, float %".181"
  %".192" = fcmp olt float %".191", 0xc630000000000000
  %".193" = select  i1 %".192", float 0xc630000000000000, float %".191"
  %".194" = fcmp uno float %".181", %".181"
  %".195" = fcmp uno float %".178", %".178"
  %".196" = or i1 %".194", %".195"
  %".197" = select  i1 %".196", float              0x0, float %".193"
  %".198" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".79"
  %".199" = load i64, ptr %".198", !alias.scope !4, !noalias !5
  %".200" = add i64 %".79", 1
  %".201" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".200"
  %".202" = load i64, ptr %".201", !alias.scope !4, !noalias !5
  %".203" = sub i64 %".202", %".199"
  %".204" = sdiv i64 %".203", 16
  br label %"spv.head"
idot32.head:
  %"idot32" = phi  i64 [%".98", %"ex.body.if"], [%".131", %"idot32.body"]
  %".112" = icmp slt i64 %"idot32", %".101"
  br i1 %".112", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".114" = load i32, i32* %"idot.acc32"
  %".115" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".116" = load i32, ptr %".115", !alias.scope !4, !noalias !5
  %".117" = sext i32 %".116" to i64
  %".118" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".119" = load i8, ptr %".118", !alias.scope !4, !noalias !5
  %".120" = sitofp i8 %".119" to float
  %".121" = fmul float %".120", %".104"
  %".122" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".123" = load i8, ptr %".122", !alias.scope !4, !noalias !5
  %".124" = sext i8 %".123" to i32
  %".125" = getelementptr inbounds i16, ptr %".95", i64 %".117"
  %".126" = load i16, ptr %".125", !alias.scope !6, !noalias !7
  %".127" = sext i16 %".126" to i32
  %".128" = mul i32 %".124", %".127"
  %".129" = add i32 %".114", %".128"
  store i32 %".129", i32* %"idot.acc32"
  %".131" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".133" = load i32, i32* %"idot.acc32"
  %".134" = sext i32 %".133" to i64
  store i64 %".134", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".98", %"ex.body.else"], [%".157", %"idot64.body"]
  %".138" = icmp slt i64 %"idot64", %".101"
  br i1 %".138", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".140" = load i64, i64* %"idot.acc"
  %".141" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".142" = load i32, ptr %".141", !alias.scope !4, !noalias !5
  %".143" = sext i32 %".142" to i64
  %".144" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".145" = load i8, ptr %".144", !alias.scope !4, !noalias !5
  %".146" = sitofp i8 %".145" to float
  %".147" = fmul float %".146", %".104"
  %".148" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".149" = load i8, ptr %".148", !alias.scope !4, !noalias !5
  %".150" = sext i8 %".149" to i64
  %".151" = getelementptr inbounds i16, ptr %".95", i64 %".143"
  %".152" = load i16, ptr %".151", !alias.scope !6, !noalias !7
  %".153" = sext i16 %".152" to i64
  %".154" = mul i64 %".150", %".153"
  %".155" = add i64 %".140", %".154"
  store i64 %".155", i64* %"idot.acc"
  %".157" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
spv.head:
  %"spv" = phi  i64 [0, %"ex.body.endif"], [%".376", %"spv.body"]
  %".206" = icmp slt i64 %"spv", %".204"
  br i1 %".206", label %"spv.body", label %"spv.done"
spv.body:
  %".208" = mul i64 %"spv", 16
  %".209" = add i64 %".199", %".208"
  %".210" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".209"
  %".211" = load <16 x i32>, ptr %".210", align 4, !alias.scope !4, !noalias !5
  %".212" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".209"
  %".213" = load <16 x i8>, ptr %".212", align 1, !alias.scope !4, !noalias !5
  %".214" = sext <16 x i32> %".211" to <16 x i64>
  %".215" = sitofp <16 x i8> %".213" to <16 x float>
  %".216" = extractelement <16 x i64> %".214", i32 0
  %".217" = getelementptr inbounds i16, ptr %".95", i64 %".216"
  %".218" = load i16, ptr %".217", !alias.scope !6, !noalias !7
  %".219" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".218", i32 0
  %".220" = extractelement <16 x i64> %".214", i32 1
  %".221" = getelementptr inbounds i16, ptr %".95", i64 %".220"
  %".222" = load i16, ptr %".221", !alias.scope !6, !noalias !7
  %".223" = insertelement <16 x i16> %".219", i16 %".222", i32 1
  %".224" = extractelement <16 x i64> %".214", i32 2
  %".225" = getelementptr inbounds i16, ptr %".95", i64 %".224"
  %".226" = load i16, ptr %".225", !alias.scope !6, !noalias !7
  %".227" = insertelement <16 x i16> %".223", i16 %".226", i32 2
  %".228" = extractelement <16 x i64> %".214", i32 3
  %".229" = getelementptr inbounds i16, ptr %".95", i64 %".228"
  %".230" = load i16, ptr %".229", !alias.scope !6, !noalias !7
  %".231" = insertelement <16 x i16> %".227", i16 %".230", i32 3
  %".232" = extractelement <16 x i64> %".214", i32 4
  %".233" = getelementptr inbounds i16, ptr %".95", i64 %".232"
  %".234" = load i16, ptr %".233", !alias.scope !6, !noalias !7
  %".235" = insertelement <16 x i16> %".231", i16 %".234", i32 4
  %".236" = extractelement <16 x i64> %".214", i32 5
  %".237" = getelementptr inbounds i16, ptr %".95", i64 %".236"
  %".238" = load i16, ptr %".237", !alias.scope !6, !noalias !7
  %".239" = insertelement <16 x i16> %".235", i16 %".238", i32 5
  %".240" = extractelement <16 x i64> %".214", i32 6
  %".241" = getelementptr inbounds i16, ptr %".95", i64 %".240"
  %".242" = load i16, ptr %".241", !alias.scope !6, !noalias !7
  %".243" = insertelement <16 x i16> %".239", i16 %".242", i32 6
  %".244" = extractelement <16 x i64> %".214", i32 7
  %".245" = getelementptr inbounds i16, ptr %".95", i64 %".244"
  %".246" = load i16, ptr %".245", !alias.scope !6, !noalias !7
  %".247" = insertelement <16 x i16> %".243", i16 %".246", i32 7
  %".248" = extractelement <16 x i64> %".214", i32 8
  %".249" = getelementptr inbounds i16, ptr %".95", i64 %".248"
  %".250" = load i16, ptr %".249", !alias.scope !6, !noalias !7
  %".251" = insertelement <16 x i16> %".247", i16 %".250", i32 8
  %".252" = extractelement <16 x i64> %".214", i32 9
  %".253" = getelementptr inbounds i16, ptr %".95", i64 %".252"
  %".254" = load i16, ptr %".253", !alias.scope !6, !noalias !7
  %".255" = insertelement <16 x i16> %".251", i16 %".254", i32 9
  %".256" = extractelement <16 x i64> %".214", i32 10
  %".257" = getelementptr inbounds i16, ptr %".95", i64 %".256"
  %".258" = load i16, ptr %".257", !alias.scope !6, !noalias !7
  %".259" = insertelement <16 x i16> %".255", i16 %".258", i32 10
  %".260" = extractelement <16 x i64> %".214", i32 11
  %".261" = getelementptr inbounds i16, ptr %".95", i64 %".260"
  %".262" = load i16, ptr %".261", !alias.scope !6, !noalias !7
  %".263" = insertelement <16 x i16> %".259", i16 %".262", i32 11
  %".264" = extractelement <16 x i64> %".214", i32 12
  %".265" = getelementptr inbounds i16, ptr %".95", i64 %".264"
  %".266" = load i16, ptr %".265", !alias.scope !6, !noalias !7
  %".267" = insertelement <16 x i16> %".263", i16 %".266", i32 12
  %".268" = extractelement <16 x i64> %".214", i32 13
  %".269" = getelementptr inbounds i16, ptr %".95", i64 %".268"
  %".270" = load i16, ptr %".269", !alias.scope !6, !noalias !7
  %".271" = insertelement <16 x i16> %".267", i16 %".270", i32 13
  %".272" = extractelement <16 x i64> %".214", i32 14
  %".273" = getelementptr inbounds i16, ptr %".95", i64 %".272"
  %".274" = load i16, ptr %".273", !alias.scope !6, !noalias !7
  %".275" = insertelement <16 x i16> %".271", i16 %".274", i32 14
  %".276" = extractelement <16 x i64> %".214", i32 15
  %".277" = getelementptr inbounds i16, ptr %".95", i64 %".276"
  %".278" = load i16, ptr %".277", !alias.scope !6, !noalias !7
  %".279" = insertelement <16 x i16> %".275", i16 %".278", i32 15
  %".280" = sitofp <16 x i16> %".279" to <16 x float>
  %".281" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".189", i32 0
  %".282" = shufflevector <16 x float> %".281", <16 x float> %".281", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".283" = fmul <16 x float> %".280", %".282"
  %".284" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".197", i32 0
  %".285" = shufflevector <16 x float> %".284", <16 x float> %".284", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".286" = fmul <16 x float> %".285", %".215"
  %".287" = fsub <16 x float> %".283", %".286"
  %".288" = xor i32 %".92", 0
  %".289" = lshr i32 %".288", 16
  %".290" = xor i32 %".288", %".289"
  %".291" = mul i32 %".290", 2146121005
  %".292" = lshr i32 %".291", 15
  %".293" = xor i32 %".291", %".292"
  %".294" = mul i32 %".293", 2221713035
  %".295" = lshr i32 %".294", 16
  %".296" = xor i32 %".294", %".295"
  %".297" = trunc <16 x i64> %".214" to <16 x i32>
  %".298" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".296", i32 0
  %".299" = shufflevector <16 x i32> %".298", <16 x i32> %".298", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".300" = mul <16 x i32> %".297", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".301" = add <16 x i32> %".299", %".300"
  %".302" = lshr <16 x i32> %".301", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".303" = uitofp <16 x i32> %".302" to <16 x float>
  %".304" = fmul <16 x float> %".303", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".305" = fadd <16 x float> %".287", %".304"
  %".306" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".305")
  %".307" = fcmp ogt <16 x float> %".306", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".308" = select  <16 x i1> %".307", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".306"
  %".309" = fcmp olt <16 x float> %".308", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".310" = select  <16 x i1> %".309", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".308"
  %".311" = fptosi <16 x float> %".310" to <16 x i16>
  %".312" = extractelement <16 x i16> %".311", i32 0
  %".313" = extractelement <16 x i64> %".214", i32 0
  %".314" = getelementptr inbounds i16, ptr %".95", i64 %".313"
  store i16 %".312", ptr %".314", !alias.scope !6, !noalias !7
  %".316" = extractelement <16 x i16> %".311", i32 1
  %".317" = extractelement <16 x i64> %".214", i32 1
  %".318" = getelementptr inbounds i16, ptr %".95", i64 %".317"
  store i16 %".316", ptr %".318", !alias.scope !6, !noalias !7
  %".320" = extractelement <16 x i16> %".311", i32 2
  %".321" = extractelement <16 x i64> %".214", i32 2
  %".322" = getelementptr inbounds i16, ptr %".95", i64 %".321"
  store i16 %".320", ptr %".322", !alias.scope !6, !noalias !7
  %".324" = extractelement <16 x i16> %".311", i32 3
  %".325" = extractelement <16 x i64> %".214", i32 3
  %".326" = getelementptr inbounds i16, ptr %".95", i64 %".325"
  store i16 %".324", ptr %".326", !alias.scope !6, !noalias !7
  %".328" = extractelement <16 x i16> %".311", i32 4
  %".329" = extractelement <16 x i64> %".214", i32 4
  %".330" = getelementptr inbounds i16, ptr %".95", i64 %".329"
  store i16 %".328", ptr %".330", !alias.scope !6, !noalias !7
  %".332" = extractelement <16 x i16> %".311", i32 5
  %".333" = extractelement <16 x i64> %".214", i32 5
  %".334" = getelementptr inbounds i16, ptr %".95", i64 %".333"
  store i16 %".332", ptr %".334", !alias.scope !6, !noalias !7
  %".336" = extractelement <16 x i16> %".311", i32 6
  %".337" = extractelement <16 x i64> %".214", i32 6
  %".338" = getelementptr inbounds i16, ptr %".95", i64 %".337"
  store i16 %".336", ptr %".338", !alias.scope !6, !noalias !7
  %".340" = extractelement <16 x i16> %".311", i32 7
  %".341" = extractelement <16 x i64> %".214", i32 7
  %".342" = getelementptr inbounds i16, ptr %".95", i64 %".341"
  store i16 %".340", ptr %".342", !alias.scope !6, !noalias !7
  %".344" = extractelement <16 x i16> %".311", i32 8
  %".345" = extractelement <16 x i64> %".214", i32 8
  %".346" = getelementptr inbounds i16, ptr %".95", i64 %".345"
  store i16 %".344", ptr %".346", !alias.scope !6, !noalias !7
  %".348" = extractelement <16 x i16> %".311", i32 9
  %".349" = extractelement <16 x i64> %".214", i32 9
  %".350" = getelementptr inbounds i16, ptr %".95", i64 %".349"
  store i16 %".348", ptr %".350", !alias.scope !6, !noalias !7
  %".352" = extractelement <16 x i16> %".311", i32 10
  %".353" = extractelement <16 x i64> %".214", i32 10
  %".354" = getelementptr inbounds i16, ptr %".95", i64 %".353"
  store i16 %".352", ptr %".354", !alias.scope !6, !noalias !7
  %".356" = extractelement <16 x i16> %".311", i32 11
  %".357" = extractelement <16 x i64> %".214", i32 11
  %".358" = getelementptr inbounds i16, ptr %".95", i64 %".357"
  store i16 %".356", ptr %".358", !alias.scope !6, !noalias !7
  %".360" = extractelement <16 x i16> %".311", i32 12
  %".361" = extractelement <16 x i64> %".214", i32 12
  %".362" = getelementptr inbounds i16, ptr %".95", i64 %".361"
  store i16 %".360", ptr %".362", !alias.scope !6, !noalias !7
  %".364" = extractelement <16 x i16> %".311", i32 13
  %".365" = extractelement <16 x i64> %".214", i32 13
  %".366" = getelementptr inbounds i16, ptr %".95", i64 %".365"
  store i16 %".364", ptr %".366", !alias.scope !6, !noalias !7
  %".368" = extractelement <16 x i16> %".311", i32 14
  %".369" = extractelement <16 x i64> %".214", i32 14
  %".370" = getelementptr inbounds i16, ptr %".95", i64 %".369"
  store i16 %".368", ptr %".370", !alias.scope !6, !noalias !7
  %".372" = extractelement <16 x i16> %".311", i32 15
  %".373" = extractelement <16 x i64> %".214", i32 15
  %".374" = getelementptr inbounds i16, ptr %".95", i64 %".373"
  store i16 %".372", ptr %".374", !alias.scope !6, !noalias !7
  %".376" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".378" = mul i64 %".204", 16
  %".379" = add i64 %".199", %".378"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".379", %"spv.done"], [%".418", %"sp.body"]
  %".381" = icmp slt i64 %"sp", %".202"
  br i1 %".381", label %"sp.body", label %"sp.done"
sp.body:
  %".383" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".384" = load i32, ptr %".383", !alias.scope !4, !noalias !5
  %".385" = sext i32 %".384" to i64
  %".386" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"sp"
  %".387" = load i8, ptr %".386", !alias.scope !4, !noalias !5
  %".388" = sitofp i8 %".387" to float
  %".389" = getelementptr inbounds i16, ptr %".95", i64 %".385"
  %".390" = load i16, ptr %".389", !alias.scope !6, !noalias !7
  %".391" = sitofp i16 %".390" to float
  %".392" = fmul float %".391", %".189"
  %".393" = fmul float %".197", %".388"
  %".394" = fsub float %".392", %".393"
  %".395" = xor i32 %".92", 0
  %".396" = lshr i32 %".395", 16
  %".397" = xor i32 %".395", %".396"
  %".398" = mul i32 %".397", 2146121005
  %".399" = lshr i32 %".398", 15
  %".400" = xor i32 %".398", %".399"
  %".401" = mul i32 %".400", 2221713035
  %".402" = lshr i32 %".401", 16
  %".403" = xor i32 %".401", %".402"
  %".404" = trunc i64 %".385" to i32
  %".405" = mul i32 %".404", 2654435769
  %".406" = add i32 %".403", %".405"
  %".407" = lshr i32 %".406", 8
  %".408" = uitofp i32 %".407" to float
  %".409" = fmul float %".408", 0x3e70000000000000
  %".410" = fadd float %".394", %".409"
  %".411" = call float @"llvm.floor.f32"(float %".410")
  %".412" = fcmp ogt float %".411", 0x40dfffc000000000
  %".413" = select  i1 %".412", float 0x40dfffc000000000, float %".411"
  %".414" = fcmp olt float %".413", 0xc0dfffc000000000
  %".415" = select  i1 %".414", float 0xc0dfffc000000000, float %".413"
  %".416" = fptosi float %".415" to i16
  store i16 %".416", ptr %".389", !alias.scope !6, !noalias !7
  %".418" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".420" = getelementptr inbounds float, ptr %".96", i64 0
  %".421" = load float, ptr %".420", !alias.scope !8, !noalias !9
  %".422" = fmul float %".85", %".172"
  %".423" = fsub float %".421", %".422"
  %".424" = getelementptr inbounds float, ptr %".96", i64 0
  store float %".423", ptr %".424", !alias.scope !8, !noalias !9
  br i1 %".17", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".427" = load i64, i64* %"push.left"
  %".428" = sub i64 %".427", 1
  store i64 %".428", i64* %"push.left"
  %".430" = icmp sle i64 %".428", 0
  br i1 %".430", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".451" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".446", %"cp.body.1"]
  %".433" = icmp slt i64 %"cp.1", 1
  br i1 %".433", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".435" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".436" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".437" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".438" = load float, ptr %".435"
  %".439" = load float, ptr %".436"
  %".440" = fsub float %".438", %".439"
  %".441" = fmul float %".440", %".16"
  %".442" = atomicrmw fadd ptr %".437", float %".441" monotonic
  %".443" = load atomic float, ptr %".437" monotonic, align 4
  store float %".443", ptr %".435"
  store float %".443", ptr %".436"
  %".446" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".471" = load double, double* %"loss.acc"
  store double %".471", ptr %"out"
  %".473" = load i32, i32* %"rng.state"
  store i32 %".473", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".468", %"cp.body.2"]
  %".455" = icmp slt i64 %"cp.2", 1
  br i1 %".455", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".457" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".458" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".459" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".460" = load float, ptr %".457"
  %".461" = load float, ptr %".458"
  %".462" = fsub float %".460", %".461"
  %".463" = fmul float %".462", %".16"
  %".464" = atomicrmw fadd ptr %".459", float %".463" monotonic
  %".465" = load atomic float, ptr %".459" monotonic, align 4
  store float %".465", ptr %".457"
  store float %".465", ptr %".458"
  %".468" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

declare float @"llvm.floor.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".9"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".11"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".13"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".19"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".20"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".21"
  %".22" = trunc i64 %"scale.x" to i32
  %".23" = bitcast i32 %".22" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".88", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".14" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".15" = load i64, ptr %".14", !alias.scope !4, !noalias !5
  %".16" = add i64 %"ex", 1
  %".17" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".16"
  %".18" = load i64, ptr %".17", !alias.scope !4, !noalias !5
  %".24" = fmul float %".23", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".26" = sub i64 %".18", %".15"
  %".27" = icmp sle i64 %".26", 516
  br i1 %".27", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".79" = load i64, i64* %"idot.acc"
  %".80" = sitofp i64 %".79" to float
  %".81" = fmul float %".80", %".24"
  %".82" = getelementptr inbounds float, ptr %".12", i64 0
  %".83" = load float, ptr %".82", !alias.scope !8, !noalias !9
  %".84" = fadd float %".81", %".83"
  %".85" = fpext float %".84" to double
  %".86" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".85", ptr %".86"
  %".88" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [%".15", %"ex.body.if"], [%".50", %"idot32.body"]
  %".31" = icmp slt i64 %"idot32", %".18"
  br i1 %".31", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".33" = load i32, i32* %"idot.acc32"
  %".34" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".35" = load i32, ptr %".34", !alias.scope !4, !noalias !5
  %".36" = sext i32 %".35" to i64
  %".37" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".38" = load i8, ptr %".37", !alias.scope !4, !noalias !5
  %".39" = sitofp i8 %".38" to float
  %".40" = fmul float %".39", %".23"
  %".41" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".42" = load i8, ptr %".41", !alias.scope !4, !noalias !5
  %".43" = sext i8 %".42" to i32
  %".44" = getelementptr inbounds i16, ptr %".10", i64 %".36"
  %".45" = load i16, ptr %".44", !alias.scope !6, !noalias !7
  %".46" = sext i16 %".45" to i32
  %".47" = mul i32 %".43", %".46"
  %".48" = add i32 %".33", %".47"
  store i32 %".48", i32* %"idot.acc32"
  %".50" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".52" = load i32, i32* %"idot.acc32"
  %".53" = sext i32 %".52" to i64
  store i64 %".53", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".15", %"ex.body.else"], [%".76", %"idot64.body"]
  %".57" = icmp slt i64 %"idot64", %".18"
  br i1 %".57", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".59" = load i64, i64* %"idot.acc"
  %".60" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".61" = load i32, ptr %".60", !alias.scope !4, !noalias !5
  %".62" = sext i32 %".61" to i64
  %".63" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".64" = load i8, ptr %".63", !alias.scope !4, !noalias !5
  %".65" = sitofp i8 %".64" to float
  %".66" = fmul float %".65", %".23"
  %".67" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".68" = load i8, ptr %".67", !alias.scope !4, !noalias !5
  %".69" = sext i8 %".68" to i64
  %".70" = getelementptr inbounds i16, ptr %".10", i64 %".62"
  %".71" = load i16, ptr %".70", !alias.scope !6, !noalias !7
  %".72" = sext i16 %".71" to i64
  %".73" = mul i64 %".69", %".72"
  %".74" = add i64 %".59", %".73"
  store i64 %".74", i64* %"idot.acc"
  %".76" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".9"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".11"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".13"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".19"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".20"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".21"
  %".22" = trunc i64 %"scale.x" to i32
  %".23" = bitcast i32 %".22" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".85" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".85"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".94", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".14" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".15" = load i64, ptr %".14", !alias.scope !4, !noalias !5
  %".16" = add i64 %"ex", 1
  %".17" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".16"
  %".18" = load i64, ptr %".17", !alias.scope !4, !noalias !5
  %".24" = fmul float %".23", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".26" = sub i64 %".18", %".15"
  %".27" = icmp sle i64 %".26", 516
  br i1 %".27", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".79" = load i64, i64* %"idot.acc"
  %".80" = sitofp i64 %".79" to float
  %".81" = fmul float %".80", %".24"
  %".82" = getelementptr inbounds float, ptr %".12", i64 0
  %".83" = load float, ptr %".82", !alias.scope !8, !noalias !9
  %".84" = fadd float %".81", %".83"
  %".86" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".87" = load float, ptr %".86", !alias.scope !4, !noalias !5
  %".88" = fsub float %".84", %".87"
  %".89" = fmul float %".88", %".88"
  %".90" = fmul float 0x3fe0000000000000, %".89"
  %".91" = fpext float %".90" to double
  %".92" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".91", ptr %".92"
  %".94" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [%".15", %"ex.body.if"], [%".50", %"idot32.body"]
  %".31" = icmp slt i64 %"idot32", %".18"
  br i1 %".31", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".33" = load i32, i32* %"idot.acc32"
  %".34" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".35" = load i32, ptr %".34", !alias.scope !4, !noalias !5
  %".36" = sext i32 %".35" to i64
  %".37" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".38" = load i8, ptr %".37", !alias.scope !4, !noalias !5
  %".39" = sitofp i8 %".38" to float
  %".40" = fmul float %".39", %".23"
  %".41" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".42" = load i8, ptr %".41", !alias.scope !4, !noalias !5
  %".43" = sext i8 %".42" to i32
  %".44" = getelementptr inbounds i16, ptr %".10", i64 %".36"
  %".45" = load i16, ptr %".44", !alias.scope !6, !noalias !7
  %".46" = sext i16 %".45" to i32
  %".47" = mul i32 %".43", %".46"
  %".48" = add i32 %".33", %".47"
  store i32 %".48", i32* %"idot.acc32"
  %".50" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".52" = load i32, i32* %"idot.acc32"
  %".53" = sext i32 %".52" to i64
  store i64 %".53", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".15", %"ex.body.else"], [%".76", %"idot64.body"]
  %".57" = icmp slt i64 %"idot64", %".18"
  br i1 %".57", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".59" = load i64, i64* %"idot.acc"
  %".60" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".61" = load i32, ptr %".60", !alias.scope !4, !noalias !5
  %".62" = sext i32 %".61" to i64
  %".63" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".64" = load i8, ptr %".63", !alias.scope !4, !noalias !5
  %".65" = sitofp i8 %".64" to float
  %".66" = fmul float %".65", %".23"
  %".67" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".68" = load i8, ptr %".67", !alias.scope !4, !noalias !5
  %".69" = sext i8 %".68" to i64
  %".70" = getelementptr inbounds i16, ptr %".10", i64 %".62"
  %".71" = load i16, ptr %".70", !alias.scope !6, !noalias !7
  %".72" = sext i16 %".71" to i64
  %".73" = mul i64 %".69", %".72"
  %".74" = add i64 %".59", %".73"
  store i64 %".74", i64* %"idot.acc"
  %".76" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.w", !0 }
!3 = !{ !"sgdc.buffer.b", !0 }
!4 = !{ !1 }
!5 = !{ !2, !3 }
!6 = !{ !2 }
!7 = !{ !1, !3 }
!8 = !{ !3 }
!9 = !{ !1, !2 }