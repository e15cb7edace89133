; llvmlite 0.50.0
; ModuleID = "sgdc.svm"
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
  %".104" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".104"
  %".105" = trunc i64 %"scale.x" to i32
  %".106" = bitcast i32 %".105" to float
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".454", %"sp.done.endif"]
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
  %".83" = fadd float 0x3ff0000000000000, %".9"
  %".84" = fmul float %".83", %".83"
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
  %".97" = getelementptr inbounds float, ptr %"field.y.p", i64 %".79"
  %".98" = load float, ptr %".97", !alias.scope !4, !noalias !5
  %".99" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".79"
  %".100" = load i64, ptr %".99", !alias.scope !4, !noalias !5
  %".101" = add i64 %".79", 1
  %".102" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".101"
  %".103" = load i64, ptr %".102", !alias.scope !4, !noalias !5
  %".107" = fmul float %".106", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".109" = sub i64 %".103", %".100"
  %".110" = icmp sle i64 %".109", 516
  br i1 %".110", label %"ex.body.if", label %"ex.body.else"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".162" = load i64, i64* %"idot.acc"
  %".163" = sitofp i64 %".162" to float
  %".164" = fmul float %".163", %".107"
  %".165" = getelementptr inbounds float, ptr %".96", i64 0
  %".166" = load float, ptr %".165", !alias.scope !8, !noalias !9
  %".167" = fadd float %".164", %".166"
  %".168" = fmul float %".98", %".167"
  %".169" = fsub float 0x3ff0000000000000, %".168"
  %".170" = fcmp oge float              0x0, %".169"
  %".171" = select  i1 %".170", float              0x0, float %".169"
  %".172" = call float @"sgdc_ge_f32"(float              0x0, float %".169")
  %".173" = fsub float 0x3ff0000000000000, %".172"
  %".174" = fneg float %".173"
  %".175" = fmul float %".174", %".98"
  %".176" = fpext float %".171" to double
  %".177" = load double, double* %"loss.acc"
  %".178" = fadd double %".177", %".176"
  store double %".178", double* %"loss.acc"
  %".180" = fmul float %".85", 0x3ee4f8b580000000
  %".181" = fsub float 0x3ff0000000000000, %".180"
  %".182" = fmul float %".85", %".175"
  %".183" = fmul float %".106", 0x40b0000000000000
  %".184" = fmul float %".182", %".183"
  %".185" = fcmp ogt float %".181", 0x4630000000000000
  %".186" = select  i1 %".185", float 0x4630000000000000, float %".181"
  %".187" = fcmp olt float %".186", 0xc630000000000000
  %".188" = select  i1 %".187", float 0xc630000000000000, float %".186"
  %".189" = fcmp uno float %".181", %".181"
  %".190" = fcmp uno float %".184", %".184"
  %".191" = or i1 %".189", %".190"
  %".192" = select  i1 %".191", float 0x3ff0000000000000, float %".188"
  %".193" = fcmp ogt float %".184", 0x4630000000000000
  %".194" = select  i1 %".193", float 0x4630000000000000, float %".184"
  %".195" = fcmp olt float %".194", 0xc630000000000000
  %".196" = select  i1 %".195", float 0xc630000000000000, float %".194"
  %".197" = fcmp uno float %".184", %".184"
  %".198" = fcmp uno float %".181", %".181"
  %".199" = or i1 %".197", %".198"
  %".200" = select  i1 %".199", float              0x0, float %".196"
  %".201" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".79"
  %".202" = load i64, ptr %".201", !alias.scope !4, !noalias !5
  %".203" = add i64 %".79", 1
  %".204" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".203"
  %".205" = load i64, ptr %".204", !alias.scope !4, !noalias !5
  %".206" = sub i64 %".205", %".202"
  %".207" = sdiv i64 %".206", 16
  br label %"spv.head"
idot32.head:
  %"idot32" = phi  i64 [%".100", %"ex.body.if"], [%".133", %"idot32.body"]
  %".114" = icmp slt i64 %"idot32", %".103"
  br i1 %".114", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".116" = load i32, i32* %"idot.acc32"
  %".117" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".118" = load i32, ptr %".117", !alias.scope !4, !noalias !5
  %".119" = sext i32 %".118" to i64
  %".120" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".121" = load i8, ptr %".120", !alias.scope !4, !noalias !5
  %".122" = sitofp i8 %".121" to float
  %".123" = fmul float %".122", %".106"
  %".124" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".125" = load i8, ptr %".124", !alias.scope !4, !noalias !5
  %".126" = sext i8 %".125" to i32
  %".127" = getelementptr inbounds i16, ptr %".95", i64 %".119"
  %".128" = load i16, ptr %".127", !alias.scope !6, !noalias !7
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
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".100", %"ex.body.else"], [%".159", %"idot64.body"]
  %".140" = icmp slt i64 %"idot64", %".103"
  br i1 %".140", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".142" = load i64, i64* %"idot.acc"
  %".143" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".144" = load i32, ptr %".143", !alias.scope !4, !noalias !5
  %".145" = sext i32 %".144" to i64
  %".146" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".147" = load i8, ptr %".146", !alias.scope !4, !noalias !5
  %".148" = sitofp i8 %".147" to float
  %".149" = fmul float %".148", %".106"
  %".150" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".151" = load i8, ptr %".150", !alias.scope !4, !noalias !5
  %".152" = sext i8 %".151" to i64
  %".153" = getelementptr inbounds i16, ptr %".95", i64 %".145"
  %".154" = load i16, ptr %".153", !alias.scope !6, !noalias !7
  %".155" = sext i16 %".154" to i64
  %".156" = mul i64 %".152", %".155"
  %".157" = add i64 %".142", %".156"
  store i64 %".157", i64* %"idot.acc"
  %".159" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
spv.head:
  %"spv" = phi  i64 [0, %"ex.body.endif"], [%".379", %"spv.body"]
  %".209" = icmp slt i64 %"spv", %".207"
  br i1 %".209", label %"spv.body", label %"spv.done"
spv.body:
  %".211" = mul i64 %"spv", 16
  %".212" = add i64 %".202", %".211"
  %".213" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".212"
  %".214" = load <16 x i32>, ptr %".213", align 4, !alias.scope !4, !noalias !5
  %".215" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".212"
  %".216" = load <16 x i8>, ptr %".215", align 1, !alias.scope !4, !noalias !5
  %".217" = sext <16 x i32> %".214" to <16 x i64>
  %".218" = sitofp <16 x i8> %".216" to <16 x float>
  %".219" = extractelement <16 x i64> %".217", i32 0
  %".220" = getelementptr inbounds i16, ptr %".95", i64 %".219"
  %".221" = load i16, ptr %".220", !alias.scope !6, !noalias !7
  %".222" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".221", i32 0
  %".223" = extractelement <16 x i64> %".217", i32 1
  %".224" = getelementptr inbounds i16, ptr %".95", i64 %".223"
  %".225" = load i16, ptr %".224", !alias.scope !6, !noalias !7
  %".226" = insertelement <16 x i16> %".222", i16 %".225", i32 1
  %".227" = extractelement <16 x i64> %".217", i32 2
  %".228" = getelementptr inbounds i16, ptr %".95", i64 %".227"
  %".229" = load i16, ptr %".228", !alias.scope !6, !noalias !7
  %".230" = insertelement <16 x i16> %".226", i16 %".229", i32 2
  %".231" = extractelement <16 x i64> %".217", i32 3
  %".232" = getelementptr inbounds i16, ptr %".95", i64 %".231"
  %".233" = load i16, ptr %".232", !alias.scope !6, !noalias !7
  %".234" = insertelement <16 x i16> %".230", i16 %".233", i32 3
  %".235" = extractelement <16 x i64> %".217", i32 4
  %".236" = getelementptr inbounds i16, ptr %".95", i64 %".235"
  %".237" = load i16, ptr %".236", !alias.scope !6, !noalias !7
  %".238" = insertelement <16 x i16> %".234", i16 %".237", i32 4
  %".239" = extractelement <16 x i64> %".217", i32 5
  %".240" = getelementptr inbounds i16, ptr %".95", i64 %".239"
  %".241" = load i16, ptr %".240", !alias.scope !6, !noalias !7
  %".242" = insertelement <16 x i16> %".238", i16 %".241", i32 5
  %".243" = extractelement <16 x i64> %".217", i32 6
  %".244" = getelementptr inbounds i16, ptr %".95", i64 %".243"
  %".245" = load i16, ptr %".244", !alias.scope !6, !noalias !7
  %".246" = insertelement <16 x i16> %".242", i16 %".245", i32 6
  %".247" = extractelement <16 x i64> %".217", i32 7
  %".248" = getelementptr inbounds i16, ptr %".95", i64 %".247"
  %".249" = load i16, ptr %".248", !alias.scope !6, !noalias !7
  %".250" = insertelement <16 x i16> %".246", i16 %".249", i32 7
  %".251" = extractelement <16 x i64> %".217", i32 8
  %".252" = getelementptr inbounds i16, ptr %".95", i64 %".251"
  %".253" = load i16, ptr %".252", !alias.scope !6, !noalias !7
  %".254" = insertelement <16 x i16> %".250", i16 %".253", i32 8
  %".255" = extractelement <16 x i64> %".217", i32 9
  %".256" = getelementptr inbounds i16, ptr %".95", i64 %".255"
  %".257" = load i16, ptr %".256", !alias.scope !6, !noalias !7
  %".258" = insertelement <16 x i16> %".254", i16 %".257", i32 9
  %".259" = extractelement <16 x i64> %".217", i32 10
  %".260" = getelementptr inbounds i16, ptr %".95", i64 %".259"
  %".261" = load i16, ptr %".260", !alias.scope !6, !noalias !7
  %".262" = insertelement <16 x i16> %".258", i16 %".261", i32 10
  %".263" = extractelement <16 x i64> %".217", i32 11
  %".264" = getelementptr inbounds i16, ptr %".95", i64 %".263"
  %".265" = load i16, ptr %".264", !alias.scope !6, !noalias !7
  %".266" = insertelement <16 x i16> %".262", i16 %".265", i32 11
  %".267" = extractelement <16 x i64> %".217", i32 12
  %".268" = getelementptr inbounds i16, ptr %".95", i64 %".267"
  %".269" = load i16, ptr %".268", !alias.scope !6, !noalias !7
  %".270" = insertelement <16 x i16> %".266", i16 %".269", i32 12
  %".271" = extractelement <16 x i64> %".217", i32 13
  %".272" = getelementptr inbounds i16, ptr %".95", i64 %".271"
  %".273" = load i16, ptr %".272", !alias.scope !6, !noalias !7
  %".274" = insertelement <16 x i16> %".270", i16 %".273", i32 13
  %".275" = extractelement <16 x i64> %".217", i32 14
  %".276" = getelementptr inbounds i16, ptr %".95", i64 %".275"
  %".277" = load i16, ptr %".276", !alias.scope !6, !noalias !7
  %".278" = insertelement <16 x i16> %".274", i16 %".277", i32 14
  %".279" = extractelement <16 x i64> %".217", i32 15
  %".280" = getelementptr inbounds i16, ptr %".95", i64 %".279"
  %".281" = load i16, ptr %".280", !alias.scope !6, !noalias !7
  %".282" = insertelement <16 x i16> %".278", i16 %".281", i32 15
  %".283" = sitofp <16 x i16> %".282" to <16 x float>
  %".284" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".192", i32 0
  %".285" = shufflevector <16 x float> %".284", <16 x float> %".284", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".286" = fmul <16 x float> %".283", %".285"
  %".287" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".200", i32 0
  %".288" = shufflevector <16 x float> %".287", <16 x float> %".287", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".289" = fmul <16 x float> %".288", %".218"
  %".290" = fsub <16 x float> %".286", %".289"
  %".291" = xor i32 %".92", 0
  %".292" = lshr i32 %".291", 16
  %".293" = xor i32 %".291", %".292"
  %".294" = mul i32 %".293", 2146121005
  %".295" = lshr i32 %".294", 15
  %".296" = xor i32 %".294", %".295"
  %".297" = mul i32 %".296", 2221713035
  %".298" = lshr i32 %".297", 16
  %".299" = xor i32 %".297", %".298"
  %".300" = trunc <16 x i64> %".217" to <16 x i32>
  %".301" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".299", i32 0
  %".302" = shufflevector <16 x i32> %".301", <16 x i32> %".301", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".303" = mul <16 x i32> %".300", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".304" = add <16 x i32> %".302", %".303"
  %".305" = lshr <16 x i32> %".304", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".306" = uitofp <16 x i32> %".305" to <16 x float>
  %".307" = fmul <16 x float> %".306", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".308" = fadd <16 x float> %".290", %".307"
  %".309" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".308")
  %".310" = fcmp ogt <16 x float> %".309", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".311" = select  <16 x i1> %".310", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".309"
  %".312" = fcmp olt <16 x float> %".311", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".313" = select  <16 x i1> %".312", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".311"
  %".314" = fptosi <16 x float> %".313" to <16 x i16>
  %".315" = extractelement <16 x i16> %".314", i32 0
  %".316" = extractelement <16 x i64> %".217", i32 0
  %".317" = getelementptr inbounds i16, ptr %".95", i64 %".316"
  store i16 %".315", ptr %".317", !alias.scope !6, !noalias !7
  %".319" = extractelement <16 x i16> %".314", i32 1
  %".320" = extractelement <16 x i64> %".217", i32 1
  %".321" = getelementptr inbounds i16, ptr %".95", i64 %".320"
  store i16 %".319", ptr %".321", !alias.scope !6, !noalias !7
  %".323" = extractelement <16 x i16> %".314", i32 2
  %".324" = extractelement <16 x i64> %".217", i32 2
  %".325" = getelementptr inbounds i16, ptr %".95", i64 %".324"
  store i16 %".323", ptr %".325", !alias.scope !6, !noalias !7
  %".327" = extractelement <16 x i16> %".314", i32 3
  %".328" = extractelement <16 x i64> %".217", i32 3
  %".329" = getelementptr inbounds i16, ptr %".95", i64 %".328"
  store i16 %".327", ptr %".329", !alias.scope !6, !noalias !7
  %".331" = extractelement <16 x i16> %".314", i32 4
  %".332" = extractelement <16 x i64> %".217", i32 4
  %".333" = getelementptr inbounds i16, ptr %".95", i64 %".332"
  store i16 %".331", ptr %".333", !alias.scope !6, !noalias !7
  %".335" = extractelement <16 x i16> %".314", i32 5
  %".336" = extractelement <16 x i64> %".217", i32 5
  %".337" = getelementptr inbounds i16, ptr %".95", i64 %".336"
  store i16 %".335", ptr %".337", !alias.scope !6, !noalias !7
  %".339" = extractelement <16 x i16> %".314", i32 6
  %".340" = extractelement <16 x i64> %".217", i32 6
  %".341" = getelementptr inbounds i16, ptr %".95", i64 %".340"
  store i16 %".339", ptr %".341", !alias.scope !6, !noalias !7
  %".343" = extractelement <16 x i16> %".314", i32 7
  %".344" = extractelement <16 x i64> %".217", i32 7
  %".345" = getelementptr inbounds i16, ptr %".95", i64 %".344"
  store i16 %".343", ptr %".345", !alias.scope !6, !noalias !7
  %".347" = extractelement <16 x i16> %".314", i32 8
  %".348" = extractelement <16 x i64> %".217", i32 8
  %".349" = getelementptr inbounds i16, ptr %".95", i64 %".348"
  store i16 %".347", ptr %".349", !alias.scope !6, !noalias !7
  %".351" = extractelement <16 x i16> %".314", i32 9
  %".352" = extractelement <16 x i64> %".217", i32 9
  %".353" = getelementptr inbounds i16, ptr %".95", i64 %".352"
  store i16 %".351", ptr %".353", !alias.scope !6, !noalias !7
  %".355" = extractelement <16 x i16> %".314", i32 10
  %".356" = extractelement <16 x i64> %".217", i32 10
  %".357" = getelementptr inbounds i16, ptr %".95", i64 %".356"
  store i16 %".355", ptr %".357", !alias.scope !6, !noalias !7
  %".359" = extractelement <16 x i16> %".314", i32 11
  %".360" = extractelement <16 x i64> %".217", i32 11
  %".361" = getelementptr inbounds i16, ptr %".95", i64 %".360"
  store i16 %".359", ptr %".361", !alias.scope !6, !noalias !7
  %".363" = extractelement <16 x i16> %".314", i32 12
  %".364" = extractelement <16 x i64> %".217", i32 12
  %".365" = getelementptr inbounds i16, ptr %".95", i64 %".364"
  store i16 %".363", ptr %".365", !alias.scope !6, !noalias !7
  %".367" = extractelement <16 x i16> %".314", i32 13
  %".368" = extractelement <16 x i64> %".217", i32 13
  %".369" = getelementptr inbounds i16, ptr %".95", i64 %".368"
  store i16 %".367", ptr %".369", !alias.scope !6, !noalias !7
  %".371" = extractelement <16 x i16> %".314", i32 14
  %".372" = extractelement <16 x i64> %".217", i32 14
  %".373" = getelementptr inbounds i16, ptr %".95", i64 %".372"
  store i16 %".371", ptr %".373", !alias.scope !6, !noalias !7
  %".375" = extractelement <16 x i16> %".314", i32 15
  %".376" = extractelement <16 x i64> %".217", i32 15
  %".377" = getelementptr inbounds i16, ptr %".95", i64 %".376"
  store i16 %".375", ptr %".377", !alias.scope !6, !noalias !7
  %".379" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".381" = mul i64 %".207", 16
  %".382" = add i64 %".202", %".381"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".382", %"spv.done"], [%".421", %"sp.body"]
  %".384" = icmp slt i64 %"sp", %".205"
  br i1 %".384", label %"sp.body", label %"sp.done"
sp.body:
  %".386" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".387" = load i32, ptr %".386", !alias.scope !4, !noalias !5
  %".388" = sext i32 %".387" to i64
  %".389" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"sp"
  %".390" = load i8, ptr %".389", !alias.scope !4, !noalias !5
  %".391" = sitofp i8 %".390" to float
  %".392" = getelementptr inbounds i16, ptr %".95", i64 %".388"
  %".393" = load i16, ptr %".392", !alias.scope !6, !noalias !7
  %".394" = sitofp i16 %".393" to float
  %".395" = fmul float %".394", %".192"
  %".396" = fmul float %".200", %".391"
  %".397" = fsub float %".395", %".396"
  %".398" = xor i32 %".92", 0
  %".399" = lshr i32 %".398", 16
  %".400" = xor i32 %".398", %".399"
  %".401" = mul i32 %".400", 2146121005
  %".402" = lshr i32 %".401", 15
  %".403" = xor i32 %".401", %".402"
  %".404" = mul i32 %".403", 2221713035
  %".405" = lshr i32 %".404", 16
  %".406" = xor i32 %".404", %".405"
  %".407" = trunc i64 %".388" to i32
  %".408" = mul i32 %".407", 2654435769
  %".409" = add i32 %".406", %".408"
  %".410" = lshr i32 %".409", 8
  %".411" = uitofp i32 %".410" to float
  %".412" = fmul float %".411", 0x3e70000000000000
  %".413" = fadd float %".397", %".412"
  %".414" = call float @"llvm.floor.f32"(float %".413")
  %".415" = fcmp ogt float %".414", 0x40dfffc000000000
  %".416" = select  i1 %".415", float 0x40dfffc000000000, float %".414"
  %".417" = fcmp olt float %".416", 0xc0dfffc000000000
  %".418" = select  i1 %".417", float 0xc0dfffc000000000, float %".416"
  %".419" = fptosi float %".418" to i16
  store i16 %".419", ptr %".392", !alias.scope !6, !noalias !7
  %".421" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".423" = getelementptr inbounds float, ptr %".96", i64 0
  %".424" = load float, ptr %".423", !alias.scope !8, !noalias !9
  %".425" = fmul float %".85", %".175"
  %".426" = fsub float %".424", %".425"
  %".427" = getelementptr inbounds float, ptr %".96", i64 0
  store float %".426", ptr %".427", !alias.scope !8, !noalias !9
  br i1 %".17", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".430" = load i64, i64* %"push.left"
  %".431" = sub i64 %".430", 1
  store i64 %".431", i64* %"push.left"
  %".433" = icmp sle i64 %".431", 0
  br i1 %".433", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".454" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".449", %"cp.body.1"]
  %".436" = icmp slt i64 %"cp.1", 1
  br i1 %".436", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".438" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".439" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".440" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".441" = load float, ptr %".438"
  %".442" = load float, ptr %".439"
  %".443" = fsub float %".441", %".442"
  %".444" = fmul float %".443", %".16"
  %".445" = atomicrmw fadd ptr %".440", float %".444" monotonic
  %".446" = load atomic float, ptr %".440" monotonic, align 4
  store float %".446", ptr %".438"
  store float %".446", ptr %".439"
  %".449" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".474" = load double, double* %"loss.acc"
  store double %".474", ptr %"out"
  %".476" = load i32, i32* %"rng.state"
  store i32 %".476", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".471", %"cp.body.2"]
  %".458" = icmp slt i64 %"cp.2", 1
  br i1 %".458", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".460" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".461" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".462" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".463" = load float, ptr %".460"
  %".464" = load float, ptr %".461"
  %".465" = fsub float %".463", %".464"
  %".466" = fmul float %".465", %".16"
  %".467" = atomicrmw fadd ptr %".462", float %".466" monotonic
  %".468" = load atomic float, ptr %".462" monotonic, align 4
  store float %".468", ptr %".460"
  store float %".468", ptr %".461"
  %".471" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_ge_f32"(float %".1", float %".2")

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
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".13"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".16" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".16"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".22"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".23"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".24"
  %".25" = trunc i64 %"scale.x" to i32
  %".26" = bitcast i32 %".25" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".95", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".14" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".15" = load float, ptr %".14", !alias.scope !4, !noalias !5
  %".17" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".18" = load i64, ptr %".17", !alias.scope !4, !noalias !5
  %".19" = add i64 %"ex", 1
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".19"
  %".21" = load i64, ptr %".20", !alias.scope !4, !noalias !5
  %".27" = fmul float %".26", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".29" = sub i64 %".21", %".18"
  %".30" = icmp sle i64 %".29", 516
  br i1 %".30", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".82" = load i64, i64* %"idot.acc"
  %".83" = sitofp i64 %".82" to float
  %".84" = fmul float %".83", %".27"
  %".85" = getelementptr inbounds float, ptr %".12", i64 0
  %".86" = load float, ptr %".85", !alias.scope !8, !noalias !9
  %".87" = fadd float %".84", %".86"
  %".88" = fmul float %".15", %".87"
  %".89" = fsub float 0x3ff0000000000000, %".88"
  %".90" = fcmp oge float              0x0, %".89"
  %".91" = select  i1 %".90", float              0x0, float %".89"
  %".92" = fpext float %".91" to double
  %".93" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".92", ptr %".93"
  %".95" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [%".18", %"ex.body.if"], [%".53", %"idot32.body"]
  %".34" = icmp slt i64 %"idot32", %".21"
  br i1 %".34", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".36" = load i32, i32* %"idot.acc32"
  %".37" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".38" = load i32, ptr %".37", !alias.scope !4, !noalias !5
  %".39" = sext i32 %".38" to i64
  %".40" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".41" = load i8, ptr %".40", !alias.scope !4, !noalias !5
  %".42" = sitofp i8 %".41" to float
  %".43" = fmul float %".42", %".26"
  %".44" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".45" = load i8, ptr %".44", !alias.scope !4, !noalias !5
  %".46" = sext i8 %".45" to i32
  %".47" = getelementptr inbounds i16, ptr %".10", i64 %".39"
  %".48" = load i16, ptr %".47", !alias.scope !6, !noalias !7
  %".49" = sext i16 %".48" to i32
  %".50" = mul i32 %".46", %".49"
  %".51" = add i32 %".36", %".50"
  store i32 %".51", i32* %"idot.acc32"
  %".53" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".55" = load i32, i32* %"idot.acc32"
  %".56" = sext i32 %".55" to i64
  store i64 %".56", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".18", %"ex.body.else"], [%".79", %"idot64.body"]
  %".60" = icmp slt i64 %"idot64", %".21"
  br i1 %".60", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".62" = load i64, i64* %"idot.acc"
  %".63" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".64" = load i32, ptr %".63", !alias.scope !4, !noalias !5
  %".65" = sext i32 %".64" to i64
  %".66" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".67" = load i8, ptr %".66", !alias.scope !4, !noalias !5
  %".68" = sitofp i8 %".67" to float
  %".69" = fmul float %".68", %".26"
  %".70" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".71" = load i8, ptr %".70", !alias.scope !4, !noalias !5
  %".72" = sext i8 %".71" to i64
  %".73" = getelementptr inbounds i16, ptr %".10", i64 %".65"
  %".74" = load i16, ptr %".73", !alias.scope !6, !noalias !7
  %".75" = sext i16 %".74" to i64
  %".76" = mul i64 %".72", %".75"
  %".77" = add i64 %".62", %".76"
  store i64 %".77", i64* %"idot.acc"
  %".79" = add i64 %"idot64", 1
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