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
  %".111" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".111"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".121" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".121"
  %".122" = trunc i64 %"scale.x" to i32
  %".123" = bitcast i32 %".122" to float
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".584", %"sp.done.endif"]
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
  %".103" = load i32, i32* %"rng.state"
  %".104" = shl i32 %".103", 13
  %".105" = xor i32 %".103", %".104"
  %".106" = lshr i32 %".105", 17
  %".107" = xor i32 %".105", %".106"
  %".108" = shl i32 %".107", 5
  %".109" = xor i32 %".107", %".108"
  store i32 %".109", i32* %"rng.state"
  %".112" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".113" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".114" = getelementptr inbounds float, ptr %"field.y.p", i64 %".99"
  %".115" = load float, ptr %".114", !alias.scope !4, !noalias !5
  %".116" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".117" = load i64, ptr %".116", !alias.scope !4, !noalias !5
  %".118" = add i64 %".99", 1
  %".119" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".118"
  %".120" = load i64, ptr %".119", !alias.scope !4, !noalias !5
  %".124" = fmul float %".123", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".126" = sub i64 %".120", %".117"
  %".127" = icmp sle i64 %".126", 2
  br i1 %".127", label %"pfs.done.1.if", label %"pfs.done.1.else"
pfs.done.1.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
pfs.done.1.else:
  br label %"idot64.head"
pfs.done.1.endif:
  %".179" = load i64, i64* %"idot.acc"
  %".180" = sitofp i64 %".179" to float
  %".181" = fmul float %".180", %".124"
  %".182" = getelementptr inbounds float, ptr %".113", i64 0
  %".183" = load float, ptr %".182", !alias.scope !8, !noalias !9
  %".184" = fadd float %".181", %".183"
  %".185" = fmul float %".115", %".184"
  %".186" = fsub float 0x3ff0000000000000, %".185"
  %".187" = fcmp oge float              0x0, %".186"
  %".188" = select  i1 %".187", float              0x0, float %".186"
  %".189" = call float @"sgdc_ge_f32"(float              0x0, float %".186")
  %".190" = fsub float 0x3ff0000000000000, %".189"
  %".191" = fneg float %".190"
  %".192" = fmul float %".191", %".115"
  %".193" = fpext float %".188" to double
  %".194" = load double, double* %"loss.acc"
  %".195" = fadd double %".194", %".193"
  store double %".195", double* %"loss.acc"
  %".197" = fmul float 0x3fb99999a0000000, 0x3ee4f8b580000000
  %".198" = fsub float 0x3ff0000000000000, %".197"
  %".199" = fmul float 0x3fb99999a0000000, %".192"
  %".200" = fmul float %".123", 0x40b0000000000000
  %".201" = fmul float %".199", %".200"
  %".202" = fcmp ogt float %".198", 0x4630000000000000
  %".203" = select  i1 %".202", float 0x4630000000000000, float %".198"
  %".204" = fcmp olt float %".203", 0xc630000000000000
  %".205" = select  i1 %".204", float 0xc630000000000000, float %".203"
  %".206" = fcmp uno float %".198", %".198"
  %".207" = fcmp uno float %".201", %".201"
  %".208" = or i1 %".206", %".207"
  %".209" = select  i1 %".208", float 0x3ff0000000000000, float %".205"
  %".210" = fcmp ogt float %".201", 0x4630000000000000
  %".211" = select  i1 %".210", float 0x4630000000000000, float %".201"
  %".212" = fcmp olt float %".211", 0xc630000000000000
  %".213" = select  i1 %".212", float 0xc630000000000000, float %".211"
  %".214" = fcmp uno float %".201", %".201"
  %".215" = fcmp uno float %".198", %".198"
  %".216" = or i1 %".214", %".215"
  %".217" = select  i1 %".216", float              0x0, float %".213"
  %".218" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".219" = load i64, ptr %".218", !alias.scope !4, !noalias !5
  %".220" = add i64 %".99", 1
  %".221" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".220"
  %".222" = load i64, ptr %".221", !alias.scope !4, !noalias !5
  %".223" = sub i64 %".222", %".219"
  %".224" = sdiv i64 %".223", 16
  br label %"spv.head"
idot32.head:
  %"idot32" = phi  i64 [%".117", %"pfs.done.1.if"], [%".150", %"idot32.body"]
  %".131" = icmp slt i64 %"idot32", %".120"
  br i1 %".131", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".133" = load i32, i32* %"idot.acc32"
  %".134" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".135" = load i32, ptr %".134", !alias.scope !4, !noalias !5
  %".136" = sext i32 %".135" to i64
  %".137" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".138" = load i16, ptr %".137", !alias.scope !4, !noalias !5
  %".139" = sitofp i16 %".138" to float
  %".140" = fmul float %".139", %".123"
  %".141" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".142" = load i16, ptr %".141", !alias.scope !4, !noalias !5
  %".143" = sext i16 %".142" to i32
  %".144" = getelementptr inbounds i16, ptr %".112", i64 %".136"
  %".145" = load i16, ptr %".144", !alias.scope !6, !noalias !7
  %".146" = sext i16 %".145" to i32
  %".147" = mul i32 %".143", %".146"
  %".148" = add i32 %".133", %".147"
  store i32 %".148", i32* %"idot.acc32"
  %".150" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".152" = load i32, i32* %"idot.acc32"
  %".153" = sext i32 %".152" to i64
  store i64 %".153", i64* %"idot.acc"
  br label %"pfs.done.1.endif"
idot64.head:
  %"idot64" = phi  i64 [%".117", %"pfs.done.1.else"], [%".176", %"idot64.body"]
  %".157" = icmp slt i64 %"idot64", %".120"
  br i1 %".157", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".159" = load i64, i64* %"idot.acc"
  %".160" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".161" = load i32, ptr %".160", !alias.scope !4, !noalias !5
  %".162" = sext i32 %".161" to i64
  %".163" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".164" = load i16, ptr %".163", !alias.scope !4, !noalias !5
  %".165" = sitofp i16 %".164" to float
  %".166" = fmul float %".165", %".123"
  %".167" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".168" = load i16, ptr %".167", !alias.scope !4, !noalias !5
  %".169" = sext i16 %".168" to i64
  %".170" = getelementptr inbounds i16, ptr %".112", i64 %".162"
  %".171" = load i16, ptr %".170", !alias.scope !6, !noalias !7
  %".172" = sext i16 %".171" to i64
  %".173" = mul i64 %".169", %".172"
  %".174" = add i64 %".159", %".173"
  store i64 %".174", i64* %"idot.acc"
  %".176" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"pfs.done.1.endif"
spv.head:
  %"spv" = phi  i64 [0, %"pfs.done.1.endif"], [%".396", %"spv.body"]
  %".226" = icmp slt i64 %"spv", %".224"
  br i1 %".226", label %"spv.body", label %"spv.done"
spv.body:
  %".228" = mul i64 %"spv", 16
  %".229" = add i64 %".219", %".228"
  %".230" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".229"
  %".231" = load <16 x i32>, ptr %".230", align 4, !alias.scope !4, !noalias !5
  %".232" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".229"
  %".233" = load <16 x i16>, ptr %".232", align 2, !alias.scope !4, !noalias !5
  %".234" = sext <16 x i32> %".231" to <16 x i64>
  %".235" = sitofp <16 x i16> %".233" to <16 x float>
  %".236" = extractelement <16 x i64> %".234", i32 0
  %".237" = getelementptr inbounds i16, ptr %".112", i64 %".236"
  %".238" = load i16, ptr %".237", !alias.scope !6, !noalias !7
  %".239" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".238", i32 0
  %".240" = extractelement <16 x i64> %".234", i32 1
  %".241" = getelementptr inbounds i16, ptr %".112", i64 %".240"
  %".242" = load i16, ptr %".241", !alias.scope !6, !noalias !7
  %".243" = insertelement <16 x i16> %".239", i16 %".242", i32 1
  %".244" = extractelement <16 x i64> %".234", i32 2
  %".245" = getelementptr inbounds i16, ptr %".112", i64 %".244"
  %".246" = load i16, ptr %".245", !alias.scope !6, !noalias !7
  %".247" = insertelement <16 x i16> %".243", i16 %".246", i32 2
  %".248" = extractelement <16 x i64> %".234", i32 3
  %".249" = getelementptr inbounds i16, ptr %".112", i64 %".248"
  %".250" = load i16, ptr %".249", !alias.scope !6, !noalias !7
  %".251" = insertelement <16 x i16> %".247", i16 %".250", i32 3
  %".252" = extractelement <16 x i64> %".234", i32 4
  %".253" = getelementptr inbounds i16, ptr %".112", i64 %".252"
  %".254" = load i16, ptr %".253", !alias.scope !6, !noalias !7
  %".255" = insertelement <16 x i16> %".251", i16 %".254", i32 4
  %".256" = extractelement <16 x i64> %".234", i32 5
  %".257" = getelementptr inbounds i16, ptr %".112", i64 %".256"
  %".258" = load i16, ptr %".257", !alias.scope !6, !noalias !7
  %".259" = insertelement <16 x i16> %".255", i16 %".258", i32 5
  %".260" = extractelement <16 x i64> %".234", i32 6
  %".261" = getelementptr inbounds i16, ptr %".112", i64 %".260"
  %".262" = load i16, ptr %".261", !alias.scope !6, !noalias !7
  %".263" = insertelement <16 x i16> %".259", i16 %".262", i32 6
  %".264" = extractelement <16 x i64> %".234", i32 7
  %".265" = getelementptr inbounds i16, ptr %".112", i64 %".264"
  %".266" = load i16, ptr %".265", !alias.scope !6, !noalias !7
  %".267" = insertelement <16 x i16> %".263", i16 %".266", i32 7
  %".268" = extractelement <16 x i64> %".234", i32 8
  %".269" = getelementptr inbounds i16, ptr %".112", i64 %".268"
  %".270" = load i16, ptr %".269", !alias.scope !6, !noalias !7
  %".271" = insertelement <16 x i16> %".267", i16 %".270", i32 8
  %".272" = extractelement <16 x i64> %".234", i32 9
  %".273" = getelementptr inbounds i16, ptr %".112", i64 %".272"
  %".274" = load i16, ptr %".273", !alias.scope !6, !noalias !7
  %".275" = insertelement <16 x i16> %".271", i16 %".274", i32 9
  %".276" = extractelement <16 x i64> %".234", i32 10
  %".277" = getelementptr inbounds i16, ptr %".112", i64 %".276"
  %".278" = load i16, ptr %".277", !alias.scope !6, !noalias !7
  %".279" = insertelement <16 x i16> %".275", i16 %".278", i32 10
  %".280" = extractelement <16 x i64> %".234", i32 11
  %".281" = getelementptr inbounds i16, ptr %".112", i64 %".280"
  %".282" = load i16, ptr %".281", !alias.scope !6, !noalias !7
  %".283" = insertelement <16 x i16> %".279", i16 %".282", i32 11
  %".284" = extractelement <16 x i64> %".234", i32 12
  %".285" = getelementptr inbounds i16, ptr %".112", i64 %".284"
  %".286" = load i16, ptr %".285", !alias.scope !6, !noalias !7
  %".287" = insertelement <16 x i16> %".283", i16 %".286", i32 12
  %".288" = extractelement <16 x i64> %".234", i32 13
  %".289" = getelementptr inbounds i16, ptr %".112", i64 %".288"
  %".290" = load i16, ptr %".289", !alias.scope !6, !noalias !7
  %".291" = insertelement <16 x i16> %".287", i16 %".290", i32 13
  %".292" = extractelement <16 x i64> %".234", i32 14
  %".293" = getelementptr inbounds i16, ptr %".112", i64 %".292"
  %".294" = load i16, ptr %".293", !alias.scope !6, !noalias !7
  %".295" = insertelement <16 x i16> %".291", i16 %".294", i32 14
  %".296" = extractelement <16 x i64> %".234", i32 15
  %".297" = getelementptr inbounds i16, ptr %".112", i64 %".296"
  %".298" = load i16, ptr %".297", !alias.scope !6, !noalias !7
  %".299" = insertelement <16 x i16> %".295", i16 %".298", i32 15
  %".300" = sitofp <16 x i16> %".299" to <16 x float>
  %".301" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".209", i32 0
  %".302" = shufflevector <16 x float> %".301", <16 x float> %".301", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".303" = fmul <16 x float> %".300", %".302"
  %".304" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".217", i32 0
  %".305" = shufflevector <16 x float> %".304", <16 x float> %".304", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".306" = fmul <16 x float> %".305", %".235"
  %".307" = fsub <16 x float> %".303", %".306"
  %".308" = xor i32 %".109", 0
  %".309" = lshr i32 %".308", 16
  %".310" = xor i32 %".308", %".309"
  %".311" = mul i32 %".310", 2146121005
  %".312" = lshr i32 %".311", 15
  %".313" = xor i32 %".311", %".312"
  %".314" = mul i32 %".313", 2221713035
  %".315" = lshr i32 %".314", 16
  %".316" = xor i32 %".314", %".315"
  %".317" = trunc <16 x i64> %".234" to <16 x i32>
  %".318" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".316", i32 0
  %".319" = shufflevector <16 x i32> %".318", <16 x i32> %".318", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".320" = mul <16 x i32> %".317", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".321" = add <16 x i32> %".319", %".320"
  %".322" = lshr <16 x i32> %".321", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".323" = uitofp <16 x i32> %".322" to <16 x float>
  %".324" = fmul <16 x float> %".323", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".325" = fadd <16 x float> %".307", %".324"
  %".326" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".325")
  %".327" = fcmp ogt <16 x float> %".326", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".328" = select  <16 x i1> %".327", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".326"
  %".329" = fcmp olt <16 x float> %".328", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".330" = select  <16 x i1> %".329", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".328"
  %".331" = fptosi <16 x float> %".330" to <16 x i16>
  %".332" = extractelement <16 x i16> %".331", i32 0
  %".333" = extractelement <16 x i64> %".234", i32 0
  %".334" = getelementptr inbounds i16, ptr %".112", i64 %".333"
  store i16 %".332", ptr %".334", !alias.scope !6, !noalias !7
  %".336" = extractelement <16 x i16> %".331", i32 1
  %".337" = extractelement <16 x i64> %".234", i32 1
  %".338" = getelementptr inbounds i16, ptr %".112", i64 %".337"
  store i16 %".336", ptr %".338", !alias.scope !6, !noalias !7
  %".340" = extractelement <16 x i16> %".331", i32 2
  %".341" = extractelement <16 x i64> %".234", i32 2
  %".342" = getelementptr inbounds i16, ptr %".112", i64 %".341"
  store i16 %".340", ptr %".342", !alias.scope !6, !noalias !7
  %".344" = extractelement <16 x i16> %".331", i32 3
  %".345" = extractelement <16 x i64> %".234", i32 3
  %".346" = getelementptr inbounds i16, ptr %".112", i64 %".345"
  store i16 %".344", ptr %".346", !alias.scope !6, !noalias !7
  %".348" = extractelement <16 x i16> %".331", i32 4
  %".349" = extractelement <16 x i64> %".234", i32 4
  %".350" = getelementptr inbounds i16, ptr %".112", i64 %".349"
  store i16 %".348", ptr %".350", !alias.scope !6, !noalias !7
  %".352" = extractelement <16 x i16> %".331", i32 5
  %".353" = extractelement <16 x i64> %".234", i32 5
  %".354" = getelementptr inbounds i16, ptr %".112", i64 %".353"
  store i16 %".352", ptr %".354", !alias.scope !6, !noalias !7
  %".356" = extractelement <16 x i16> %".331", i32 6
  %".357" = extractelement <16 x i64> %".234", i32 6
  %".358" = getelementptr inbounds i16, ptr %".112", i64 %".357"
  store i16 %".356", ptr %".358", !alias.scope !6, !noalias !7
  %".360" = extractelement <16 x i16> %".331", i32 7
  %".361" = extractelement <16 x i64> %".234", i32 7
  %".362" = getelementptr inbounds i16, ptr %".112", i64 %".361"
  store i16 %".360", ptr %".362", !alias.scope !6, !noalias !7
  %".364" = extractelement <16 x i16> %".331", i32 8
  %".365" = extractelement <16 x i64> %".234", i32 8
  %".366" = getelementptr inbounds i16, ptr %".112", i64 %".365"
  store i16 %".364", ptr %".366", !alias.scope !6, !noalias !7
  %".368" = extractelement <16 x i16> %".331", i32 9
  %".369" = extractelement <16 x i64> %".234", i32 9
  %".370" = getelementptr inbounds i16, ptr %".112", i64 %".369"
  store i16 %".368", ptr %".370", !alias.scope !6, !noalias !7
  %".372" = extractelement <16 x i16> %".331", i32 10
  %".373" = extractelement <16 x i64> %".234", i32 10
  %".374" = getelementptr inbounds i16, ptr %".112", i64 %".373"
  store i16 %".372", ptr %".374", !alias.scope !6, !noalias !7
  %".376" = extractelement <16 x i16> %".331", i32 11
  %".377" = extractelement <16 x i64> %".234", i32 11
  %".378" = getelementptr inbounds i16, ptr %".112", i64 %".377"
  store i16 %".376", ptr %".378", !alias.scope !6, !noalias !7
  %".380" = extractelement <16 x i16> %".331", i32 12
  %".381" = extractelement <16 x i64> %".234", i32 12
  %".382" = getelementptr inbounds i16, ptr %".112", i64 %".381"
  store i16 %".380", ptr %".382", !alias.scope !6, !noalias !7
  %".384" = extractelement <16 x i16> %".331", i32 13
  %".385" = extractelement <16 x i64> %".234", i32 13
  %".386" = getelementptr inbounds i16, ptr %".112", i64 %".385"
  store i16 %".384", ptr %".386", !alias.scope !6, !noalias !7
  %".388" = extractelement <16 x i16> %".331", i32 14
  %".389" = extractelement <16 x i64> %".234", i32 14
  %".390" = getelementptr inbounds i16, ptr %".112", i64 %".389"
  store i16 %".388", ptr %".390", !alias.scope !6, !noalias !7
  %".392" = extractelement <16 x i16> %".331", i32 15
  %".393" = extractelement <16 x i64> %".234", i32 15
  %".394" = getelementptr inbounds i16, ptr %".112", i64 %".393"
  store i16 %".392", ptr %".394", !alias.scope !6, !noalias !7
  %".396" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".398" = mul i64 %".224", 16
  %".399" = add i64 %".219", %".398"
  %".400" = sub i64 %".222", %".399"
  %".401" = sdiv i64 %".400", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".509", %"spv.body.1"]
  %".403" = icmp slt i64 %"spv.1", %".401"
  br i1 %".403", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".405" = mul i64 %"spv.1", 8
  %".406" = add i64 %".399", %".405"
  %".407" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".406"
  %".408" = load <8 x i32>, ptr %".407", align 4, !alias.scope !4, !noalias !5
  %".409" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".406"
  %".410" = load <8 x i16>, ptr %".409", align 2, !alias.scope !4, !noalias !5
  %".411" = sext <8 x i32> %".408" to <8 x i64>
  %".412" = sitofp <8 x i16> %".410" to <8 x float>
  %".413" = extractelement <8 x i64> %".411", i32 0
  %".414" = getelementptr inbounds i16, ptr %".112", i64 %".413"
  %".415" = load i16, ptr %".414", !alias.scope !6, !noalias !7
  %".416" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".415", i32 0
  %".417" = extractelement <8 x i64> %".411", i32 1
  %".418" = getelementptr inbounds i16, ptr %".112", i64 %".417"
  %".419" = load i16, ptr %".418", !alias.scope !6, !noalias !7
  %".420" = insertelement <8 x i16> %".416", i16 %".419", i32 1
  %".421" = extractelement <8 x i64> %".411", i32 2
  %".422" = getelementptr inbounds i16, ptr %".112", i64 %".421"
  %".423" = load i16, ptr %".422", !alias.scope !6, !noalias !7
  %".424" = insertelement <8 x i16> %".420", i16 %".423", i32 2
  %".425" = extractelement <8 x i64> %".411", i32 3
  %".426" = getelementptr inbounds i16, ptr %".112", i64 %".425"
  %".427" = load i16, ptr %".426", !alias.scope !6, !noalias !7
  %".428" = insertelement <8 x i16> %".424", i16 %".427", i32 3
  %".429" = extractelement <8 x i64> %".411", i32 4
  %".430" = getelementptr inbounds i16, ptr %".112", i64 %".429"
  %".431" = load i16, ptr %".430", !alias.scope !6, !noalias !7
  %".432" = insertelement <8 x i16> %".428", i16 %".431", i32 4
  %".433" = extractelement <8 x i64> %".411", i32 5
  %".434" = getelementptr inbounds i16, ptr %".112", i64 %".433"
  %".435" = load i16, ptr %".434", !alias.scope !6, !noalias !7
  %".436" = insertelement <8 x i16> %".432", i16 %".435", i32 5
  %".437" = extractelement <8 x i64> %".411", i32 6
  %".438" = getelementptr inbounds i16, ptr %".112", i64 %".437"
  %".439" = load i16, ptr %".438", !alias.scope !6, !noalias !7
  %".440" = insertelement <8 x i16> %".436", i16 %".439", i32 6
  %".441" = extractelement <8 x i64> %".411", i32 7
  %".442" = getelementptr inbounds i16, ptr %".112", i64 %".441"
  %".443" = load i16, ptr %".442", !alias.scope !6, !noalias !7
  %".444" = insertelement <8 x i16> %".440", i16 %".443", i32 7
  %".445" = sitofp <8 x i16> %".444" to <8 x float>
  %".446" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".209", i32 0
  %".447" = shufflevector <8 x float> %".446", <8 x float> %".446", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".448" = fmul <8 x float> %".445", %".447"
  %".449" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".217", i32 0
  %".450" = shufflevector <8 x float> %".449", <8 x float> %".449", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".451" = fmul <8 x float> %".450", %".412"
  %".452" = fsub <8 x float> %".448", %".451"
  %".453" = xor i32 %".109", 0
  %".454" = lshr i32 %".453", 16
  %".455" = xor i32 %".453", %".454"
  %".456" = mul i32 %".455", 2146121005
  %".457" = lshr i32 %".456", 15
  %".458" = xor i32 %".456", %".457"
  %".459" = mul i32 %".458", 2221713035
  %".460" = lshr i32 %".459", 16
  %".461" = xor i32 %".459", %".460"
  %".462" = trunc <8 x i64> %".411" to <8 x i32>
  %".463" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".461", i32 0
  %".464" = shufflevector <8 x i32> %".463", <8 x i32> %".463", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".465" = mul <8 x i32> %".462", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".466" = add <8 x i32> %".464", %".465"
  %".467" = lshr <8 x i32> %".466", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".468" = uitofp <8 x i32> %".467" to <8 x float>
  %".469" = fmul <8 x float> %".468", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".470" = fadd <8 x float> %".452", %".469"
  %".471" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".470")
  %".472" = fcmp ogt <8 x float> %".471", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".473" = select  <8 x i1> %".472", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".471"
  %".474" = fcmp olt <8 x float> %".473", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".475" = select  <8 x i1> %".474", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".473"
  %".476" = fptosi <8 x float> %".475" to <8 x i16>
  %".477" = extractelement <8 x i16> %".476", i32 0
  %".478" = extractelement <8 x i64> %".411", i32 0
  %".479" = getelementptr inbounds i16, ptr %".112", i64 %".478"
  store i16 %".477", ptr %".479", !alias.scope !6, !noalias !7
  %".481" = extractelement <8 x i16> %".476", i32 1
  %".482" = extractelement <8 x i64> %".411", i32 1
  %".483" = getelementptr inbounds i16, ptr %".112", i64 %".482"
  store i16 %".481", ptr %".483", !alias.scope !6, !noalias !7
  %".485" = extractelement <8 x i16> %".476", i32 2
  %".486" = extractelement <8 x i64> %".411", i32 2
  %".487" = getelementptr inbounds i16, ptr %".112", i64 %".486"
  store i16 %".485", ptr %".487", !alias.scope !6, !noalias !7
  %".489" = extractelement <8 x i16> %".476", i32 3
  %".490" = extractelement <8 x i64> %".411", i32 3
  %".491" = getelementptr inbounds i16, ptr %".112", i64 %".490"
  store i16 %".489", ptr %".491", !alias.scope !6, !noalias !7
  %".493" = extractelement <8 x i16> %".476", i32 4
  %".494" = extractelement <8 x i64> %".411", i32 4
  %".495" = getelementptr inbounds i16, ptr %".112", i64 %".494"
  store i16 %".493", ptr %".495", !alias.scope !6, !noalias !7
  %".497" = extractelement <8 x i16> %".476", i32 5
  %".498" = extractelement <8 x i64> %".411", i32 5
  %".499" = getelementptr inbounds i16, ptr %".112", i64 %".498"
  store i16 %".497", ptr %".499", !alias.scope !6, !noalias !7
  %".501" = extractelement <8 x i16> %".476", i32 6
  %".502" = extractelement <8 x i64> %".411", i32 6
  %".503" = getelementptr inbounds i16, ptr %".112", i64 %".502"
  store i16 %".501", ptr %".503", !alias.scope !6, !noalias !7
  %".505" = extractelement <8 x i16> %".476", i32 7
  %".506" = extractelement <8 x i64> %".411", i32 7
  %".507" = getelementptr inbounds i16, ptr %".112", i64 %".506"
  store i16 %".505", ptr %".507", !alias.scope !6, !noalias !7
  %".509" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".511" = mul i64 %".401", 8
  %".512" = add i64 %".399", %".511"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".512", %"spv.done.1"], [%".551", %"sp.body"]
  %".514" = icmp slt i64 %"sp", %".222"
  br i1 %".514", label %"sp.body", label %"sp.done"
sp.body:
  %".516" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".517" = load i32, ptr %".516", !alias.scope !4, !noalias !5
  %".518" = sext i32 %".517" to i64
  %".519" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"sp"
  %".520" = load i16, ptr %".519", !alias.scope !4, !noalias !5
  %".521" = sitofp i16 %".520" to float
  %".522" = getelementptr inbounds i16, ptr %".112", i64 %".518"
  %".523" = load i16, ptr %".522", !alias.scope !6, !noalias !7
  %".524" = sitofp i16 %".523" to float
  %".525" = fmul float %".524", %".209"
  %".526" = fmul float %".217", %".521"
  %".527" = fsub float %".525", %".526"
  %".528" = xor i32 %".109", 0
  %".529" = lshr i32 %".528", 16
  %".530" = xor i32 %".528", %".529"
  %".531" = mul i32 %".530", 2146121005
  %".532" = lshr i32 %".531", 15
  %".533" = xor i32 %".531", %".532"
  %".534" = mul i32 %".533", 2221713035
  %".535" = lshr i32 %".534", 16
  %".536" = xor i32 %".534", %".535"
  %".537" = trunc i64 %".518" to i32
  %".538" = mul i32 %".537", 2654435769
  %".539" = add i32 %".536", %".538"
  %".540" = lshr i32 %".539", 8
  %".541" = uitofp i32 %".540" to float
  %".542" = fmul float %".541", 0x3e70000000000000
  %".543" = fadd float %".527", %".542"
  %".544" = call float @"llvm.floor.f32"(float %".543")
  %".545" = fcmp ogt float %".544", 0x40dfffc000000000
  %".546" = select  i1 %".545", float 0x40dfffc000000000, float %".544"
  %".547" = fcmp olt float %".546", 0xc0dfffc000000000
  %".548" = select  i1 %".547", float 0xc0dfffc000000000, float %".546"
  %".549" = fptosi float %".548" to i16
  store i16 %".549", ptr %".522", !alias.scope !6, !noalias !7
  %".551" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".553" = getelementptr inbounds float, ptr %".113", i64 0
  %".554" = load float, ptr %".553", !alias.scope !8, !noalias !9
  %".555" = fmul float 0x3fb99999a0000000, %".192"
  %".556" = fsub float %".554", %".555"
  %".557" = getelementptr inbounds float, ptr %".113", i64 0
  store float %".556", ptr %".557", !alias.scope !8, !noalias !9
  br i1 %".17", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".560" = load i64, i64* %"push.left"
  %".561" = sub i64 %".560", 1
  store i64 %".561", i64* %"push.left"
  %".563" = icmp sle i64 %".561", 0
  br i1 %".563", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".584" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".579", %"cp.body.1"]
  %".566" = icmp slt i64 %"cp.1", 1
  br i1 %".566", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".568" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".569" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".570" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".571" = load float, ptr %".568"
  %".572" = load float, ptr %".569"
  %".573" = fsub float %".571", %".572"
  %".574" = fmul float %".573", %".16"
  %".575" = atomicrmw fadd ptr %".570", float %".574" monotonic
  %".576" = load atomic float, ptr %".570" monotonic, align 4
  store float %".576", ptr %".568"
  store float %".576", ptr %".569"
  %".579" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".604" = load double, double* %"loss.acc"
  store double %".604", ptr %"out"
  %".606" = load i32, i32* %"rng.state"
  store i32 %".606", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".601", %"cp.body.2"]
  %".588" = icmp slt i64 %"cp.2", 1
  br i1 %".588", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".590" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".591" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".592" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".593" = load float, ptr %".590"
  %".594" = load float, ptr %".591"
  %".595" = fsub float %".593", %".594"
  %".596" = fmul float %".595", %".16"
  %".597" = atomicrmw fadd ptr %".592", float %".596" monotonic
  %".598" = load atomic float, ptr %".592" monotonic, align 4
  store float %".598", ptr %".590"
  store float %".598", ptr %".591"
  %".601" = add i64 %"cp.2", 1
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