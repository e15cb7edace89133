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
  %".62" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".62"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".80" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".80"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".100" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"t0." = load i64, ptr %".100"
  %".114" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".114"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".124" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".124"
  %".125" = trunc i64 %"scale.x" to i32
  %".126" = bitcast i32 %".125" to float
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".587", %"sp.done.endif"]
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
  %".58" = add i64 %".55", 1
  %".59" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".58"
  %".60" = load i64, ptr %".59"
  %".61" = sub i64 %".60", %".57"
  %".63" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".57"
  %".64" = ptrtoint ptr %".63" to i64
  %".65" = and i64 %".64", 63
  %".66" = mul i64 %".61", 4
  %".67" = add i64 %".65", %".66"
  %".68" = add i64 %".67", 63
  %".69" = udiv i64 %".68", 64
  %".70" = icmp ult i64 %".69", 8
  %".71" = select  i1 %".70", i64 %".69", i64 8
  br label %"pfs.head"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".78", %"pfs.body"]
  %".73" = icmp slt i64 %"pfs", %".71"
  br i1 %".73", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".75" = mul i64 %"pfs", 64
  %".76" = getelementptr i8, ptr %".63", i64 %".75"
  call void @"llvm.prefetch.p0"(ptr %".76", i32 0, i32 3, i32 1)
  %".78" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".81" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".57"
  %".82" = ptrtoint ptr %".81" to i64
  %".83" = and i64 %".82", 63
  %".84" = mul i64 %".61", 2
  %".85" = add i64 %".83", %".84"
  %".86" = add i64 %".85", 63
  %".87" = udiv i64 %".86", 64
  %".88" = icmp ult i64 %".87", 8
  %".89" = select  i1 %".88", i64 %".87", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".96", %"pfs.body.1"]
  %".91" = icmp slt i64 %"pfs.1", %".89"
  br i1 %".91", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".93" = mul i64 %"pfs.1", 64
  %".94" = getelementptr i8, ptr %".81", i64 %".93"
  call void @"llvm.prefetch.p0"(ptr %".94", i32 0, i32 3, i32 1)
  %".96" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".98" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".98", !alias.scope !4, !noalias !5
  %".99" = sext i32 %"e" to i64
  %".101" = add i64 %"t0.", %"ex"
  %".102" = sitofp i64 %".101" to float
  %".103" = fadd float 0x3ff0000000000000, %".9"
  %".104" = fmul float %".103", %".103"
  %".105" = fdiv float 0x3fa99999a0000000, %".104"
  %".106" = load i32, i32* %"rng.state"
  %".107" = shl i32 %".106", 13
  %".108" = xor i32 %".106", %".107"
  %".109" = lshr i32 %".108", 17
  %".110" = xor i32 %".108", %".109"
  %".111" = shl i32 %".110", 5
  %".112" = xor i32 %".110", %".111"
  store i32 %".112", i32* %"rng.state"
  %".115" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".116" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".117" = getelementptr inbounds float, ptr %"field.y.p", i64 %".99"
  %".118" = load float, ptr %".117", !alias.scope !4, !noalias !5
  %".119" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".120" = load i64, ptr %".119", !alias.scope !4, !noalias !5
  %".121" = add i64 %".99", 1
  %".122" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".121"
  %".123" = load i64, ptr %".122", !alias.scope !4, !noalias !5
  %".127" = fmul float %".126", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".129" = sub i64 %".123", %".120"
  %".130" = icmp sle i64 %".129", 2
  br i1 %".130", label %"pfs.done.1.if", label %"pfs.done.1.else"
pfs.done.1.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
pfs.done.1.else:
  br label %"idot64.head"
pfs.done.1.endif:
  %".182" = load i64, i64* %"idot.acc"
  %".183" = sitofp i64 %".182" to float
  %".184" = fmul float %".183", %".127"
  %".185" = getelementptr inbounds float, ptr %".116", i64 0
  %".186" = load float, ptr %".185", !alias.scope !8, !noalias !9
  %".187" = fadd float %".184", %".186"
  %".188" = fmul float %".118", %".187"
  %".189" = fsub float 0x3ff0000000000000, %".188"
  %".190" = fcmp oge float              0x0, %".189"
  %".191" = select  i1 %".190", float              0x0, float %".189"
  %".192" = call float @"sgdc_ge_f32"(float              0x0, float %".189")
  %".193" = fsub float 0x3ff0000000000000, %".192"
  %".194" = fneg float %".193"
  %".195" = fmul float %".194", %".118"
  %".196" = fpext float %".191" to double
  %".197" = load double, double* %"loss.acc"
  %".198" = fadd double %".197", %".196"
  store double %".198", double* %"loss.acc"
  %".200" = fmul float %".105", 0x3ee4f8b580000000
  %".201" = fsub float 0x3ff0000000000000, %".200"
  %".202" = fmul float %".105", %".195"
  %".203" = fmul float %".126", 0x40b0000000000000
  %".204" = fmul float %".202", %".203"
  %".205" = fcmp ogt float %".201", 0x4630000000000000
  %".206" = select  i1 %".205", float 0x4630000000000000, float %".201"
  %".207" = fcmp olt float %".206", 0xc630000000000000
  %".208" = select  i1 %".207", float 0xc630000000000000, float %".206"
  %".209" = fcmp uno float %".201", %".201"
  %".210" = fcmp uno float %".204", %".204"
  %".211" = or i1 %".209", %".210"
  %".212" = select  i1 %".211", float 0x3ff0000000000000, float %".208"
  %".213" = fcmp ogt float %".204", 0x4630000000000000
  %".214" = select  i1 %".213", float 0x4630000000000000, float %".204"
  %".215" = fcmp olt float %".214", 0xc630000000000000
  %".216" = select  i1 %".215", float 0xc630000000000000, float %".214"
  %".217" = fcmp uno float %".204", %".204"
  %".218" = fcmp uno float %".201", %".201"
  %".219" = or i1 %".217", %".218"
  %".220" = select  i1 %".219", float              0x0, float %".216"
  %".221" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".222" = load i64, ptr %".221", !alias.scope !4, !noalias !5
  %".223" = add i64 %".99", 1
  %".224" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".223"
  %".225" = load i64, ptr %".224", !alias.scope !4, !noalias !5
  %".226" = sub i64 %".225", %".222"
  %".227" = sdiv i64 %".226", 16
  br label %"spv.head"
idot32.head:
  %"idot32" = phi  i64 [%".120", %"pfs.done.1.if"], [%".153", %"idot32.body"]
  %".134" = icmp slt i64 %"idot32", %".123"
  br i1 %".134", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".136" = load i32, i32* %"idot.acc32"
  %".137" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".138" = load i32, ptr %".137", !alias.scope !4, !noalias !5
  %".139" = sext i32 %".138" to i64
  %".140" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".141" = load i16, ptr %".140", !alias.scope !4, !noalias !5
  %".142" = sitofp i16 %".141" to float
  %".143" = fmul float %".142", %".126"
  %".144" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".145" = load i16, ptr %".144", !alias.scope !4, !noalias !5
  %".146" = sext i16 %".145" to i32
  %".147" = getelementptr inbounds i16, ptr %".115", i64 %".139"
  %".148" = load i16, ptr %".147", !alias.scope !6, !noalias !7
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
  br label %"pfs.done.1.endif"
idot64.head:
  %"idot64" = phi  i64 [%".120", %"pfs.done.1.else"], [%".179", %"idot64.body"]
  %".160" = icmp slt i64 %"idot64", %".123"
  br i1 %".160", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".162" = load i64, i64* %"idot.acc"
  %".163" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".164" = load i32, ptr %".163", !alias.scope !4, !noalias !5
  %".165" = sext i32 %".164" to i64
  %".166" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".167" = load i16, ptr %".166", !alias.scope !4, !noalias !5
  %".168" = sitofp i16 %".167" to float
  %".169" = fmul float %".168", %".126"
  %".170" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".171" = load i16, ptr %".170", !alias.scope !4, !noalias !5
  %".172" = sext i16 %".171" to i64
  %".173" = getelementptr inbounds i16, ptr %".115", i64 %".165"
  %".174" = load i16, ptr %".173", !alias.scope !6, !noalias !7
  %".175" = sext i16 %".174" to i64
  %".176" = mul i64 %".172", %".175"
  %".177" = add i64 %".162", %".176"
  store i64 %".177", i64* %"idot.acc"
  %".179" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"pfs.done.1.endif"
spv.head:
  %"spv" = phi  i64 [0, %"pfs.done.1.endif"], [%".399", %"spv.body"]
  %".229" = icmp slt i64 %"spv", %".227"
  br i1 %".229", label %"spv.body", label %"spv.done"
spv.body:
  %".231" = mul i64 %"spv", 16
  %".232" = add i64 %".222", %".231"
  %".233" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".232"
  %".234" = load <16 x i32>, ptr %".233", align 4, !alias.scope !4, !noalias !5
  %".235" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".232"
  %".236" = load <16 x i16>, ptr %".235", align 2, !alias.scope !4, !noalias !5
  %".237" = sext <16 x i32> %".234" to <16 x i64>
  %".238" = sitofp <16 x i16> %".236" to <16 x float>
  %".239" = extractelement <16 x i64> %".237", i32 0
  %".240" = getelementptr inbounds i16, ptr %".115", i64 %".239"
  %".241" = load i16, ptr %".240", !alias.scope !6, !noalias !7
  %".242" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".241", i32 0
  %".243" = extractelement <16 x i64> %".237", i32 1
  %".244" = getelementptr inbounds i16, ptr %".115", i64 %".243"
  %".245" = load i16, ptr %".244", !alias.scope !6, !noalias !7
  %".246" = insertelement <16 x i16> %".242", i16 %".245", i32 1
  %".247" = extractelement <16 x i64> %".237", i32 2
  %".248" = getelementptr inbounds i16, ptr %".115", i64 %".247"
  %".249" = load i16, ptr %".248", !alias.scope !6, !noalias !7
  %".250" = insertelement <16 x i16> %".246", i16 %".249", i32 2
  %".251" = extractelement <16 x i64> %".237", i32 3
  %".252" = getelementptr inbounds i16, ptr %".115", i64 %".251"
  %".253" = load i16, ptr %".252", !alias.scope !6, !noalias !7
  %".254" = insertelement <16 x i16> %".250", i16 %".253", i32 3
  %".255" = extractelement <16 x i64> %".237", i32 4
  %".256" = getelementptr inbounds i16, ptr %".115", i64 %".255"
  %".257" = load i16, ptr %".256", !alias.scope !6, !noalias !7
  %".258" = insertelement <16 x i16> %".254", i16 %".257", i32 4
  %".259" = extractelement <16 x i64> %".237", i32 5
  %".260" = getelementptr inbounds i16, ptr %".115", i64 %".259"
  %".261" = load i16, ptr %".260", !alias.scope !6, !noalias !7
  %".262" = insertelement <16 x i16> %".258", i16 %".261", i32 5
  %".263" = extractelement <16 x i64> %".237", i32 6
  %".264" = getelementptr inbounds i16, ptr %".115", i64 %".263"
  %".265" = load i16, ptr %".264", !alias.scope !6, !noalias !7
  %".266" = insertelement <16 x i16> %".262", i16 %".265", i32 6
  %".267" = extractelement <16 x i64> %".237", i32 7
  %".268" = getelementptr inbounds i16, ptr %".115", i64 %".267"
  %".269" = load i16, ptr %".268", !alias.scope !6, !noalias !7
  %".270" = insertelement <16 x i16> %".266", i16 %".269", i32 7
  %".271" = extractelement <16 x i64> %".237", i32 8
  %".272" = getelementptr inbounds i16, ptr %".115", i64 %".271"
  %".273" = load i16, ptr %".272", !alias.scope !6, !noalias !7
  %".274" = insertelement <16 x i16> %".270", i16 %".273", i32 8
  %".275" = extractelement <16 x i64> %".237", i32 9
  %".276" = getelementptr inbounds i16, ptr %".115", i64 %".275"
  %".277" = load i16, ptr %".276", !alias.scope !6, !noalias !7
  %".278" = insertelement <16 x i16> %".274", i16 %".277", i32 9
  %".279" = extractelement <16 x i64> %".237", i32 10
  %".280" = getelementptr inbounds i16, ptr %".115", i64 %".279"
  %".281" = load i16, ptr %".280", !alias.scope !6, !noalias !7
  %".282" = insertelement <16 x i16> %".278", i16 %".281", i32 10
  %".283" = extractelement <16 x i64> %".237", i32 11
  %".284" = getelementptr inbounds i16, ptr %".115", i64 %".283"
  %".285" = load i16, ptr %".284", !alias.scope !6, !noalias !7
  %".286" = insertelement <16 x i16> %".282", i16 %".285", i32 11
  %".287" = extractelement <16 x i64> %".237", i32 12
  %".288" = getelementptr inbounds i16, ptr %".115", i64 %".287"
  %".289" = load i16, ptr %".288", !alias.scope !6, !noalias !7
  %".290" = insertelement <16 x i16> %".286", i16 %".289", i32 12
  %".291" = extractelement <16 x i64> %".237", i32 13
  %".292" = getelementptr inbounds i16, ptr %".115", i64 %".291"
  %".293" = load i16, ptr %".292", !alias.scope !6, !noalias !7
  %".294" = insertelement <16 x i16> %".290", i16 %".293", i32 13
  %".295" = extractelement <16 x i64> %".237", i32 14
  %".296" = getelementptr inbounds i16, ptr %".115", i64 %".295"
  %".297" = load i16, ptr %".296", !alias.scope !6, !noalias !7
  %".298" = insertelement <16 x i16> %".294", i16 %".297", i32 14
  %".299" = extractelement <16 x i64> %".237", i32 15
  %".300" = getelementptr inbounds i16, ptr %".115", i64 %".299"
  %".301" = load i16, ptr %".300", !alias.scope !6, !noalias !7
  %".302" = insertelement <16 x i16> %".298", i16 %".301", i32 15
  %".303" = sitofp <16 x i16> %".302" to <16 x float>
  %".304" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".305" = shufflevector <16 x float> %".304", <16 x float> %".304", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".306" = fmul <16 x float> %".303", %".305"
  %".307" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".220", i32 0
  %".308" = shufflevector <16 x float> %".307", <16 x float> %".307", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".309" = fmul <16 x float> %".308", %".238"
  %".310" = fsub <16 x float> %".306", %".309"
  %".311" = xor i32 %".112", 0
  %".312" = lshr i32 %".311", 16
  %".313" = xor i32 %".311", %".312"
  %".314" = mul i32 %".313", 2146121005
  %".315" = lshr i32 %".314", 15
  %".316" = xor i32 %".314", %".315"
  %".317" = mul i32 %".316", 2221713035
  %".318" = lshr i32 %".317", 16
  %".319" = xor i32 %".317", %".318"
  %".320" = trunc <16 x i64> %".237" to <16 x i32>
  %".321" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".319", i32 0
  %".322" = shufflevector <16 x i32> %".321", <16 x i32> %".321", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".323" = mul <16 x i32> %".320", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".324" = add <16 x i32> %".322", %".323"
  %".325" = lshr <16 x i32> %".324", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".326" = uitofp <16 x i32> %".325" to <16 x float>
  %".327" = fmul <16 x float> %".326", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".328" = fadd <16 x float> %".310", %".327"
  %".329" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".328")
  %".330" = fcmp ogt <16 x float> %".329", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".331" = select  <16 x i1> %".330", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".329"
  %".332" = fcmp olt <16 x float> %".331", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".333" = select  <16 x i1> %".332", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".331"
  %".334" = fptosi <16 x float> %".333" to <16 x i16>
  %".335" = extractelement <16 x i16> %".334", i32 0
  %".336" = extractelement <16 x i64> %".237", i32 0
  %".337" = getelementptr inbounds i16, ptr %".115", i64 %".336"
  store i16 %".335", ptr %".337", !alias.scope !6, !noalias !7
  %".339" = extractelement <16 x i16> %".334", i32 1
  %".340" = extractelement <16 x i64> %".237", i32 1
  %".341" = getelementptr inbounds i16, ptr %".115", i64 %".340"
  store i16 %".339", ptr %".341", !alias.scope !6, !noalias !7
  %".343" = extractelement <16 x i16> %".334", i32 2
  %".344" = extractelement <16 x i64> %".237", i32 2
  %".345" = getelementptr inbounds i16, ptr %".115", i64 %".344"
  store i16 %".343", ptr %".345", !alias.scope !6, !noalias !7
  %".347" = extractelement <16 x i16> %".334", i32 3
  %".348" = extractelement <16 x i64> %".237", i32 3
  %".349" = getelementptr inbounds i16, ptr %".115", i64 %".348"
  store i16 %".347", ptr %".349", !alias.scope !6, !noalias !7
  %".351" = extractelement <16 x i16> %".334", i32 4
  %".352" = extractelement <16 x i64> %".237", i32 4
  %".353" = getelementptr inbounds i16, ptr %".115", i64 %".352"
  store i16 %".351", ptr %".353", !alias.scope !6, !noalias !7
  %".355" = extractelement <16 x i16> %".334", i32 5
  %".356" = extractelement <16 x i64> %".237", i32 5
  %".357" = getelementptr inbounds i16, ptr %".115", i64 %".356"
  store i16 %".355", ptr %".357", !alias.scope !6, !noalias !7
  %".359" = extractelement <16 x i16> %".334", i32 6
  %".360" = extractelement <16 x i64> %".237", i32 6
  %".361" = getelementptr inbounds i16, ptr %".115", i64 %".360"
  store i16 %".359", ptr %".361", !alias.scope !6, !noalias !7
  %".363" = extractelement <16 x i16> %".334", i32 7
  %".364" = extractelement <16 x i64> %".237", i32 7
  %".365" = getelementptr inbounds i16, ptr %".115", i64 %".364"
  store i16 %".363", ptr %".365", !alias.scope !6, !noalias !7
  %".367" = extractelement <16 x i16> %".334", i32 8
  %".368" = extractelement <16 x i64> %".237", i32 8
  %".369" = getelementptr inbounds i16, ptr %".115", i64 %".368"
  store i16 %".367", ptr %".369", !alias.scope !6, !noalias !7
  %".371" = extractelement <16 x i16> %".334", i32 9
  %".372" = extractelement <16 x i64> %".237", i32 9
  %".373" = getelementptr inbounds i16, ptr %".115", i64 %".372"
  store i16 %".371", ptr %".373", !alias.scope !6, !noalias !7
  %".375" = extractelement <16 x i16> %".334", i32 10
  %".376" = extractelement <16 x i64> %".237", i32 10
  %".377" = getelementptr inbounds i16, ptr %".115", i64 %".376"
  store i16 %".375", ptr %".377", !alias.scope !6, !noalias !7
  %".379" = extractelement <16 x i16> %".334", i32 11
  %".380" = extractelement <16 x i64> %".237", i32 11
  %".381" = getelementptr inbounds i16, ptr %".115", i64 %".380"
  store i16 %".379", ptr %".381", !alias.scope !6, !noalias !7
  %".383" = extractelement <16 x i16> %".334", i32 12
  %".384" = extractelement <16 x i64> %".237", i32 12
  %".385" = getelementptr inbounds i16, ptr %".115", i64 %".384"
  store i16 %".383", ptr %".385", !alias.scope !6, !noalias !7
  %".387" = extractelement <16 x i16> %".334", i32 13
  %".388" = extractelement <16 x i64> %".237", i32 13
  %".389" = getelementptr inbounds i16, ptr %".115", i64 %".388"
  store i16 %".387", ptr %".389", !alias.scope !6, !noalias !7
  %".391" = extractelement <16 x i16> %".334", i32 14
  %".392" = extractelement <16 x i64> %".237", i32 14
  %".393" = getelementptr inbounds i16, ptr %".115", i64 %".392"
  store i16 %".391", ptr %".393", !alias.scope !6, !noalias !7
  %".395" = extractelement <16 x i16> %".334", i32 15
  %".396" = extractelement <16 x i64> %".237", i32 15
  %".397" = getelementptr inbounds i16, ptr %".115", i64 %".396"
  store i16 %".395", ptr %".397", !alias.scope !6, !noalias !7
  %".399" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".401" = mul i64 %".227", 16
  %".402" = add i64 %".222", %".401"
  %".403" = sub i64 %".225", %".402"
  %".404" = sdiv i64 %".403", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".512", %"spv.body.1"]
  %".406" = icmp slt i64 %"spv.1", %".404"
  br i1 %".406", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".408" = mul i64 %"spv.1", 8
  %".409" = add i64 %".402", %".408"
  %".410" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".409"
  %".411" = load <8 x i32>, ptr %".410", align 4, !alias.scope !4, !noalias !5
  %".412" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".409"
  %".413" = load <8 x i16>, ptr %".412", align 2, !alias.scope !4, !noalias !5
  %".414" = sext <8 x i32> %".411" to <8 x i64>
  %".415" = sitofp <8 x i16> %".413" to <8 x float>
  %".416" = extractelement <8 x i64> %".414", i32 0
  %".417" = getelementptr inbounds i16, ptr %".115", i64 %".416"
  %".418" = load i16, ptr %".417", !alias.scope !6, !noalias !7
  %".419" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".418", i32 0
  %".420" = extractelement <8 x i64> %".414", i32 1
  %".421" = getelementptr inbounds i16, ptr %".115", i64 %".420"
  %".422" = load i16, ptr %".421", !alias.scope !6, !noalias !7
  %".423" = insertelement <8 x i16> %".419", i16 %".422", i32 1
  %".424" = extractelement <8 x i64> %".414", i32 2
  %".425" = getelementptr inbounds i16, ptr %".115", i64 %".424"
  %".426" = load i16, ptr %".425", !alias.scope !6, !noalias !7
  %".427" = insertelement <8 x i16> %".423", i16 %".426", i32 2
  %".428" = extractelement <8 x i64> %".414", i32 3
  %".429" = getelementptr inbounds i16, ptr %".115", i64 %".428"
  %".430" = load i16, ptr %".429", !alias.scope !6, !noalias !7
  %".431" = insertelement <8 x i16> %".427", i16 %".430", i32 3
  %".432" = extractelement <8 x i64> %".414", i32 4
  %".433" = getelementptr inbounds i16, ptr %".115", i64 %".432"
  %".434" = load i16, ptr %".433", !alias.scope !6, !noalias !7
  %".435" = insertelement <8 x i16> %".431", i16 %".434", i32 4
  %".436" = extractelement <8 x i64> %".414", i32 5
  %".437" = getelementptr inbounds i16, ptr %".115", i64 %".436"
  %".438" = load i16, ptr %".437", !alias.scope !6, !noalias !7
  %".439" = insertelement <8 x i16> %".435", i16 %".438", i32 5
  %".440" = extractelement <8 x i64> %".414", i32 6
  %".441" = getelementptr inbounds i16, ptr %".115", i64 %".440"
  %".442" = load i16, ptr %".441", !alias.scope !6, !noalias !7
  %".443" = insertelement <8 x i16> %".439", i16 %".442", i32 6
  %".444" = extractelement <8 x i64> %".414", i32 7
  %".445" = getelementptr inbounds i16, ptr %".115", i64 %".444"
  %".446" = load i16, ptr %".445", !alias.scope !6, !noalias !7
  %".447" = insertelement <8 x i16> %".443", i16 %".446", i32 7
  %".448" = sitofp <8 x i16> %".447" to <8 x float>
  %".449" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".212", i32 0
  %".450" = shufflevector <8 x float> %".449", <8 x float> %".449", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".451" = fmul <8 x float> %".448", %".450"
  %".452" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".220", i32 0
  %".453" = shufflevector <8 x float> %".452", <8 x float> %".452", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".454" = fmul <8 x float> %".453", %".415"
  %".455" = fsub <8 x float> %".451", %".454"
  %".456" = xor i32 %".112", 0
  %".457" = lshr i32 %".456", 16
  %".458" = xor i32 %".456", %".457"
  %".459" = mul i32 %".458", 2146121005
  %".460" = lshr i32 %".459", 15
  %".461" = xor i32 %".459", %".460"
  %".462" = mul i32 %".461", 2221713035
  %".463" = lshr i32 %".462", 16
  %".464" = xor i32 %".462", %".463"
  %".465" = trunc <8 x i64> %".414" to <8 x i32>
  %".466" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".464", i32 0
  %".467" = shufflevector <8 x i32> %".466", <8 x i32> %".466", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".468" = mul <8 x i32> %".465", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".469" = add <8 x i32> %".467", %".468"
  %".470" = lshr <8 x i32> %".469", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".471" = uitofp <8 x i32> %".470" to <8 x float>
  %".472" = fmul <8 x float> %".471", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".473" = fadd <8 x float> %".455", %".472"
  %".474" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".473")
  %".475" = fcmp ogt <8 x float> %".474", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".476" = select  <8 x i1> %".475", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".474"
  %".477" = fcmp olt <8 x float> %".476", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".478" = select  <8 x i1> %".477", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".476"
  %".479" = fptosi <8 x float> %".478" to <8 x i16>
  %".480" = extractelement <8 x i16> %".479", i32 0
  %".481" = extractelement <8 x i64> %".414", i32 0
  %".482" = getelementptr inbounds i16, ptr %".115", i64 %".481"
  store i16 %".480", ptr %".482", !alias.scope !6, !noalias !7
  %".484" = extractelement <8 x i16> %".479", i32 1
  %".485" = extractelement <8 x i64> %".414", i32 1
  %".486" = getelementptr inbounds i16, ptr %".115", i64 %".485"
  store i16 %".484", ptr %".486", !alias.scope !6, !noalias !7
  %".488" = extractelement <8 x i16> %".479", i32 2
  %".489" = extractelement <8 x i64> %".414", i32 2
  %".490" = getelementptr inbounds i16, ptr %".115", i64 %".489"
  store i16 %".488", ptr %".490", !alias.scope !6, !noalias !7
  %".492" = extractelement <8 x i16> %".479", i32 3
  %".493" = extractelement <8 x i64> %".414", i32 3
  %".494" = getelementptr inbounds i16, ptr %".115", i64 %".493"
  store i16 %".492", ptr %".494", !alias.scope !6, !noalias !7
  %".496" = extractelement <8 x i16> %".479", i32 4
  %".497" = extractelement <8 x i64> %".414", i32 4
  %".498" = getelementptr inbounds i16, ptr %".115", i64 %".497"
  store i16 %".496", ptr %".498", !alias.scope !6, !noalias !7
  %".500" = extractelement <8 x i16> %".479", i32 5
  %".501" = extractelement <8 x i64> %".414", i32 5
  %".502" = getelementptr inbounds i16, ptr %".115", i64 %".501"
  store i16 %".500", ptr %".502", !alias.scope !6, !noalias !7
  %".504" = extractelement <8 x i16> %".479", i32 6
  %".505" = extractelement <8 x i64> %".414", i32 6
  %".506" = getelementptr inbounds i16, ptr %".115", i64 %".505"
  store i16 %".504", ptr %".506", !alias.scope !6, !noalias !7
  %".508" = extractelement <8 x i16> %".479", i32 7
  %".509" = extractelement <8 x i64> %".414", i32 7
  %".510" = getelementptr inbounds i16, ptr %".115", i64 %".509"
  store i16 %".508", ptr %".510", !alias.scope !6, !noalias !7
  %".512" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".514" = mul i64 %".404", 8
  %".515" = add i64 %".402", %".514"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".515", %"spv.done.1"], [%".554", %"sp.body"]
  %".517" = icmp slt i64 %"sp", %".225"
  br i1 %".517", label %"sp.body", label %"sp.done"
sp.body:
  %".519" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".520" = load i32, ptr %".519", !alias.scope !4, !noalias !5
  %".521" = sext i32 %".520" to i64
  %".522" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"sp"
  %".523" = load i16, ptr %".522", !alias.scope !4, !noalias !5
  %".524" = sitofp i16 %".523" to float
  %".525" = getelementptr inbounds i16, ptr %".115", i64 %".521"
  %".526" = load i16, ptr %".525", !alias.scope !6, !noalias !7
  %".527" = sitofp i16 %".526" to float
  %".528" = fmul float %".527", %".212"
  %".529" = fmul float %".220", %".524"
  %".530" = fsub float %".528", %".529"
  %".531" = xor i32 %".112", 0
  %".532" = lshr i32 %".531", 16
  %".533" = xor i32 %".531", %".532"
  %".534" = mul i32 %".533", 2146121005
  %".535" = lshr i32 %".534", 15
  %".536" = xor i32 %".534", %".535"
  %".537" = mul i32 %".536", 2221713035
  %".538" = lshr i32 %".537", 16
  %".539" = xor i32 %".537", %".538"
  %".540" = trunc i64 %".521" to i32
  %".541" = mul i32 %".540", 2654435769
  %".542" = add i32 %".539", %".541"
  %".543" = lshr i32 %".542", 8
  %".544" = uitofp i32 %".543" to float
  %".545" = fmul float %".544", 0x3e70000000000000
  %".546" = fadd float %".530", %".545"
  %".547" = call float @"llvm.floor.f32"(float %".546")
  %".548" = fcmp ogt float %".547", 0x40dfffc000000000
  %".549" = select  i1 %".548", float 0x40dfffc000000000, float %".547"
  %".550" = fcmp olt float %".549", 0xc0dfffc000000000
  %".551" = select  i1 %".550", float 0xc0dfffc000000000, float %".549"
  %".552" = fptosi float %".551" to i16
  store i16 %".552", ptr %".525", !alias.scope !6, !noalias !7
  %".554" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".556" = getelementptr inbounds float, ptr %".116", i64 0
  %".557" = load float, ptr %".556", !alias.scope !8, !noalias !9
  %".558" = fmul float %".105", %".195"
  %".559" = fsub float %".557", %".558"
  %".560" = getelementptr inbounds float, ptr %".116", i64 0
  store float %".559", ptr %".560", !alias.scope !8, !noalias !9
  br i1 %".17", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".563" = load i64, i64* %"push.left"
  %".564" = sub i64 %".563", 1
  store i64 %".564", i64* %"push.left"
  %".566" = icmp sle i64 %".564", 0
  br i1 %".566", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".587" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".582", %"cp.body.1"]
  %".569" = icmp slt i64 %"cp.1", 1
  br i1 %".569", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".571" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".572" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".573" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".574" = load float, ptr %".571"
  %".575" = load float, ptr %".572"
  %".576" = fsub float %".574", %".575"
  %".577" = fmul float %".576", %".16"
  %".578" = atomicrmw fadd ptr %".573", float %".577" monotonic
  %".579" = load atomic float, ptr %".573" monotonic, align 4
  store float %".579", ptr %".571"
  store float %".579", ptr %".572"
  %".582" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".607" = load double, double* %"loss.acc"
  store double %".607", ptr %"out"
  %".609" = load i32, i32* %"rng.state"
  store i32 %".609", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".604", %"cp.body.2"]
  %".591" = icmp slt i64 %"cp.2", 1
  br i1 %".591", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".593" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".594" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".595" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".596" = load float, ptr %".593"
  %".597" = load float, ptr %".594"
  %".598" = fsub float %".596", %".597"
  %".599" = fmul float %".598", %".16"
  %".600" = atomicrmw fadd ptr %".595", float %".599" monotonic
  %".601" = load atomic float, ptr %".595" monotonic, align 4
  store float %".601", ptr %".593"
  store float %".601", ptr %".594"
  %".604" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_ge_f32"(float %".1", float %".2")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

declare <8 x float> @"llvm.floor.v8f32"(<8 x float> %".1")

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
  %".27" = icmp sle i64 %".26", 2
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
  %".37" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".38" = load i16, ptr %".37", !alias.scope !4, !noalias !5
  %".39" = sitofp i16 %".38" to float
  %".40" = fmul float %".39", %".23"
  %".41" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".42" = load i16, ptr %".41", !alias.scope !4, !noalias !5
  %".43" = sext i16 %".42" to i32
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
  %".63" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".64" = load i16, ptr %".63", !alias.scope !4, !noalias !5
  %".65" = sitofp i16 %".64" to float
  %".66" = fmul float %".65", %".23"
  %".67" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".68" = load i16, ptr %".67", !alias.scope !4, !noalias !5
  %".69" = sext i16 %".68" to i64
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
  %".30" = icmp sle i64 %".29", 2
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
  %".40" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".41" = load i16, ptr %".40", !alias.scope !4, !noalias !5
  %".42" = sitofp i16 %".41" to float
  %".43" = fmul float %".42", %".26"
  %".44" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".45" = load i16, ptr %".44", !alias.scope !4, !noalias !5
  %".46" = sext i16 %".45" to i32
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
  %".66" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".67" = load i16, ptr %".66", !alias.scope !4, !noalias !5
  %".68" = sitofp i16 %".67" to float
  %".69" = fmul float %".68", %".26"
  %".70" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".71" = load i16, ptr %".70", !alias.scope !4, !noalias !5
  %".72" = sext i16 %".71" to i64
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