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
  %".119" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"scale.x" = load i64, ptr %".119"
  %".120" = trunc i64 %"scale.x" to i32
  %".121" = bitcast i32 %".120" to float
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".581", %"sp.done.endif"]
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
  %".81" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".57"
  %".82" = ptrtoint ptr %".81" to i64
  %".83" = and i64 %".82", 63
  %".84" = mul i64 %".61", 1
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
  %".114" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".115" = load i64, ptr %".114", !alias.scope !4, !noalias !5
  %".116" = add i64 %".99", 1
  %".117" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".116"
  %".118" = load i64, ptr %".117", !alias.scope !4, !noalias !5
  %".122" = fmul float %".121", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".124" = sub i64 %".118", %".115"
  %".125" = icmp sle i64 %".124", 516
  br i1 %".125", label %"pfs.done.1.if", label %"pfs.done.1.else"
pfs.done.1.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
pfs.done.1.else:
  br label %"idot64.head"
pfs.done.1.endif:
  %".177" = load i64, i64* %"idot.acc"
  %".178" = sitofp i64 %".177" to float
  %".179" = fmul float %".178", %".122"
  %".180" = getelementptr inbounds float, ptr %".113", i64 0
  %".181" = load float, ptr %".180", !alias.scope !8, !noalias !9
  %".182" = fadd float %".179", %".181"
  %".183" = getelementptr inbounds float, ptr %"field.y.p", i64 %".99"
  %".184" = load float, ptr %".183", !alias.scope !4, !noalias !5
  %".185" = fsub float %".182", %".184"
  %".186" = fmul float %".185", %".185"
  %".187" = fmul float 0x3fe0000000000000, %".186"
  %".188" = fmul float 0x4000000000000000, %".185"
  %".189" = fmul float 0x3fe0000000000000, %".188"
  %".190" = fpext float %".187" to double
  %".191" = load double, double* %"loss.acc"
  %".192" = fadd double %".191", %".190"
  store double %".192", double* %"loss.acc"
  %".194" = fmul float 0x3fe0000000000000, 0x3eb0c6f7a0000000
  %".195" = fsub float 0x3ff0000000000000, %".194"
  %".196" = fmul float 0x3fe0000000000000, %".189"
  %".197" = fmul float %".121", 0x40b0000000000000
  %".198" = fmul float %".196", %".197"
  %".199" = fcmp ogt float %".195", 0x4630000000000000
  %".200" = select  i1 %".199", float 0x4630000000000000, float %".195"
  %".201" = fcmp olt float %".200", 0xc630000000000000
  %".202" = select  i1 %".201", float 0xc630000000000000, float %".200"
  %".203" = fcmp uno float %".195", %".195"
  %".204" = fcmp uno float %".198", %".198"
  %".205" = or i1 %".203", %".204"
  %".206" = select  i1 %".205", float 0x3ff0000000000000, float %".202"
  %".207" = fcmp ogt float %".198", 0x4630000000000000
  %".208" = select  i1 %".207", float 0x4630000000000000, float %".198"
  %".209" = fcmp olt float %".208", 0xc630000000000000
  %".210" = select  i1 %".209", float 0xc630000000000000, float %".208"
  %".211" = fcmp uno float %".198", %".198"
  %".212" = fcmp uno float %".195", %".195"
  %".213" = or i1 %".211", %".212"
  %".214" = select  i1 %".213", float              0x0, float %".210"
  %".215" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".216" = load i64, ptr %".215", !alias.scope !4, !noalias !5
  %".217" = add i64 %".99", 1
  %".218" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".217"
  %".219" = load i64, ptr %".218", !alias.scope !4, !noalias !5
  %".220" = sub i64 %".219", %".216"
  %".221" = sdiv i64 %".220", 16
  br label %"spv.head"
idot32.head:
  %"idot32" = phi  i64 [%".115", %"pfs.done.1.if"], [%".148", %"idot32.body"]
  %".129" = icmp slt i64 %"idot32", %".118"
  br i1 %".129", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".131" = load i32, i32* %"idot.acc32"
  %".132" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".133" = load i32, ptr %".132", !alias.scope !4, !noalias !5
  %".134" = sext i32 %".133" to i64
  %".135" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".136" = load i8, ptr %".135", !alias.scope !4, !noalias !5
  %".137" = sitofp i8 %".136" to float
  %".138" = fmul float %".137", %".121"
  %".139" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".140" = load i8, ptr %".139", !alias.scope !4, !noalias !5
  %".141" = sext i8 %".140" to i32
  %".142" = getelementptr inbounds i16, ptr %".112", i64 %".134"
  %".143" = load i16, ptr %".142", !alias.scope !6, !noalias !7
  %".144" = sext i16 %".143" to i32
  %".145" = mul i32 %".141", %".144"
  %".146" = add i32 %".131", %".145"
  store i32 %".146", i32* %"idot.acc32"
  %".148" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".150" = load i32, i32* %"idot.acc32"
  %".151" = sext i32 %".150" to i64
  store i64 %".151", i64* %"idot.acc"
  br label %"pfs.done.1.endif"
idot64.head:
  %"idot64" = phi  i64 [%".115", %"pfs.done.1.else"], [%".174", %"idot64.body"]
  %".155" = icmp slt i64 %"idot64", %".118"
  br i1 %".155", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".157" = load i64, i64* %"idot.acc"
  %".158" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".159" = load i32, ptr %".158", !alias.scope !4, !noalias !5
  %".160" = sext i32 %".159" to i64
  %".161" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".162" = load i8, ptr %".161", !alias.scope !4, !noalias !5
  %".163" = sitofp i8 %".162" to float
  %".164" = fmul float %".163", %".121"
  %".165" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".166" = load i8, ptr %".165", !alias.scope !4, !noalias !5
  %".167" = sext i8 %".166" to i64
  %".168" = getelementptr inbounds i16, ptr %".112", i64 %".160"
  %".169" = load i16, ptr %".168", !alias.scope !6, !noalias !7
  %".170" = sext i16 %".169" to i64
  %".171" = mul i64 %".167", %".170"
  %".172" = add i64 %".157", %".171"
  store i64 %".172", i64* %"idot.acc"
  %".174" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"pfs.done.1.endif"
spv.head:
  %"spv" = phi  i64 [0, %"pfs.done.1.endif"], [%".393", %"spv.body"]
  %".223" = icmp slt i64 %"spv", %".221"
  br i1 %".223", label %"spv.body", label %"spv.done"
spv.body:
  %".225" = mul i64 %"spv", 16
  %".226" = add i64 %".216", %".225"
  %".227" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".226"
  %".228" = load <16 x i32>, ptr %".227", align 4, !alias.scope !4, !noalias !5
  %".229" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".226"
  %".230" = load <16 x i8>, ptr %".229", align 1, !alias.scope !4, !noalias !5
  %".231" = sext <16 x i32> %".228" to <16 x i64>
  %".232" = sitofp <16 x i8> %".230" to <16 x float>
  %".233" = extractelement <16 x i64> %".231", i32 0
  %".234" = getelementptr inbounds i16, ptr %".112", i64 %".233"
  %".235" = load i16, ptr %".234", !alias.scope !6, !noalias !7
  %".236" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".235", i32 0
  %".237" = extractelement <16 x i64> %".231", i32 1
  %".238" = getelementptr inbounds i16, ptr %".112", i64 %".237"
  %".239" = load i16, ptr %".238", !alias.scope !6, !noalias !7
  %".240" = insertelement <16 x i16> %".236", i16 %".239", i32 1
  %".241" = extractelement <16 x i64> %".231", i32 2
  %".242" = getelementptr inbounds i16, ptr %".112", i64 %".241"
  %".243" = load i16, ptr %".242", !alias.scope !6, !noalias !7
  %".244" = insertelement <16 x i16> %".240", i16 %".243", i32 2
  %".245" = extractelement <16 x i64> %".231", i32 3
  %".246" = getelementptr inbounds i16, ptr %".112", i64 %".245"
  %".247" = load i16, ptr %".246", !alias.scope !6, !noalias !7
  %".248" = insertelement <16 x i16> %".244", i16 %".247", i32 3
  %".249" = extractelement <16 x i64> %".231", i32 4
  %".250" = getelementptr inbounds i16, ptr %".112", i64 %".249"
  %".251" = load i16, ptr %".250", !alias.scope !6, !noalias !7
  %".252" = insertelement <16 x i16> %".248", i16 %".251", i32 4
  %".253" = extractelement <16 x i64> %".231", i32 5
  %".254" = getelementptr inbounds i16, ptr %".112", i64 %".253"
  %".255" = load i16, ptr %".254", !alias.scope !6, !noalias !7
  %".256" = insertelement <16 x i16> %".252", i16 %".255", i32 5
  %".257" = extractelement <16 x i64> %".231", i32 6
  %".258" = getelementptr inbounds i16, ptr %".112", i64 %".257"
  %".259" = load i16, ptr %".258", !alias.scope !6, !noalias !7
  %".260" = insertelement <16 x i16> %".256", i16 %".259", i32 6
  %".261" = extractelement <16 x i64> %".231", i32 7
  %".262" = getelementptr inbounds i16, ptr %".112", i64 %".261"
  %".263" = load i16, ptr %".262", !alias.scope !6, !noalias !7
  %".264" = insertelement <16 x i16> %".260", i16 %".263", i32 7
  %".265" = extractelement <16 x i64> %".231", i32 8
  %".266" = getelementptr inbounds i16, ptr %".112", i64 %".265"
  %".267" = load i16, ptr %".266", !alias.scope !6, !noalias !7
  %".268" = insertelement <16 x i16> %".264", i16 %".267", i32 8
  %".269" = extractelement <16 x i64> %".231", i32 9
  %".270" = getelementptr inbounds i16, ptr %".112", i64 %".269"
  %".271" = load i16, ptr %".270", !alias.scope !6, !noalias !7
  %".272" = insertelement <16 x i16> %".268", i16 %".271", i32 9
  %".273" = extractelement <16 x i64> %".231", i32 10
  %".274" = getelementptr inbounds i16, ptr %".112", i64 %".273"
  %".275" = load i16, ptr %".274", !alias.scope !6, !noalias !7
  %".276" = insertelement <16 x i16> %".272", i16 %".275", i32 10
  %".277" = extractelement <16 x i64> %".231", i32 11
  %".278" = getelementptr inbounds i16, ptr %".112", i64 %".277"
  %".279" = load i16, ptr %".278", !alias.scope !6, !noalias !7
  %".280" = insertelement <16 x i16> %".276", i16 %".279", i32 11
  %".281" = extractelement <16 x i64> %".231", i32 12
  %".282" = getelementptr inbounds i16, ptr %".112", i64 %".281"
  %".283" = load i16, ptr %".282", !alias.scope !6, !noalias !7
  %".284" = insertelement <16 x i16> %".280", i16 %".283", i32 12
  %".285" = extractelement <16 x i64> %".231", i32 13
  %".286" = getelementptr inbounds i16, ptr %".112", i64 %".285"
  %".287" = load i16, ptr %".286", !alias.scope !6, !noalias !7
  %".288" = insertelement <16 x i16> %".284", i16 %".287", i32 13
  %".289" = extractelement <16 x i64> %".231", i32 14
  %".290" = getelementptr inbounds i16, ptr %".112", i64 %".289"
  %".291" = load i16, ptr %".290", !alias.scope !6, !noalias !7
  %".292" = insertelement <16 x i16> %".288", i16 %".291", i32 14
  %".293" = extractelement <16 x i64> %".231", i32 15
  %".294" = getelementptr inbounds i16, ptr %".112", i64 %".293"
  %".295" = load i16, ptr %".294", !alias.scope !6, !noalias !7
  %".296" = insertelement <16 x i16> %".292", i16 %".295", i32 15
  %".297" = sitofp <16 x i16> %".296" to <16 x float>
  %".298" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".299" = shufflevector <16 x float> %".298", <16 x float> %".298", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".300" = fmul <16 x float> %".297", %".299"
  %".301" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".214", i32 0
  %".302" = shufflevector <16 x float> %".301", <16 x float> %".301", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".303" = fmul <16 x float> %".302", %".232"
  %".304" = fsub <16 x float> %".300", %".303"
  %".305" = xor i32 %".109", 0
  %".306" = lshr i32 %".305", 16
  %".307" = xor i32 %".305", %".306"
  %".308" = mul i32 %".307", 2146121005
  %".309" = lshr i32 %".308", 15
  %".310" = xor i32 %".308", %".309"
  %".311" = mul i32 %".310", 2221713035
  %".312" = lshr i32 %".311", 16
  %".313" = xor i32 %".311", %".312"
  %".314" = trunc <16 x i64> %".231" to <16 x i32>
  %".315" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".313", i32 0
  %".316" = shufflevector <16 x i32> %".315", <16 x i32> %".315", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".317" = mul <16 x i32> %".314", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".318" = add <16 x i32> %".316", %".317"
  %".319" = lshr <16 x i32> %".318", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".320" = uitofp <16 x i32> %".319" to <16 x float>
  %".321" = fmul <16 x float> %".320", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".322" = fadd <16 x float> %".304", %".321"
  %".323" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".322")
  %".324" = fcmp ogt <16 x float> %".323", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".325" = select  <16 x i1> %".324", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".323"
  %".326" = fcmp olt <16 x float> %".325", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".327" = select  <16 x i1> %".326", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".325"
  %".328" = fptosi <16 x float> %".327" to <16 x i16>
  %".329" = extractelement <16 x i16> %".328", i32 0
  %".330" = extractelement <16 x i64> %".231", i32 0
  %".331" = getelementptr inbounds i16, ptr %".112", i64 %".330"
  store i16 %".329", ptr %".331", !alias.scope !6, !noalias !7
  %".333" = extractelement <16 x i16> %".328", i32 1
  %".334" = extractelement <16 x i64> %".231", i32 1
  %".335" = getelementptr inbounds i16, ptr %".112", i64 %".334"
  store i16 %".333", ptr %".335", !alias.scope !6, !noalias !7
  %".337" = extractelement <16 x i16> %".328", i32 2
  %".338" = extractelement <16 x i64> %".231", i32 2
  %".339" = getelementptr inbounds i16, ptr %".112", i64 %".338"
  store i16 %".337", ptr %".339", !alias.scope !6, !noalias !7
  %".341" = extractelement <16 x i16> %".328", i32 3
  %".342" = extractelement <16 x i64> %".231", i32 3
  %".343" = getelementptr inbounds i16, ptr %".112", i64 %".342"
  store i16 %".341", ptr %".343", !alias.scope !6, !noalias !7
  %".345" = extractelement <16 x i16> %".328", i32 4
  %".346" = extractelement <16 x i64> %".231", i32 4
  %".347" = getelementptr inbounds i16, ptr %".112", i64 %".346"
  store i16 %".345", ptr %".347", !alias.scope !6, !noalias !7
  %".349" = extractelement <16 x i16> %".328", i32 5
  %".350" = extractelement <16 x i64> %".231", i32 5
  %".351" = getelementptr inbounds i16, ptr %".112", i64 %".350"
  store i16 %".349", ptr %".351", !alias.scope !6, !noalias !7
  %".353" = extractelement <16 x i16> %".328", i32 6
  %".354" = extractelement <16 x i64> %".231", i32 6
  %".355" = getelementptr inbounds i16, ptr %".112", i64 %".354"
  store i16 %".353", ptr %".355", !alias.scope !6, !noalias !7
  %".357" = extractelement <16 x i16> %".328", i32 7
  %".358" = extractelement <16 x i64> %".231", i32 7
  %".359" = getelementptr inbounds i16, ptr %".112", i64 %".358"
  store i16 %".357", ptr %".359", !alias.scope !6, !noalias !7
  %".361" = extractelement <16 x i16> %".328", i32 8
  %".362" = extractelement <16 x i64> %".231", i32 8
  %".363" = getelementptr inbounds i16, ptr %".112", i64 %".362"
  store i16 %".361", ptr %".363", !alias.scope !6, !noalias !7
  %".365" = extractelement <16 x i16> %".328", i32 9
  %".366" = extractelement <16 x i64> %".231", i32 9
  %".367" = getelementptr inbounds i16, ptr %".112", i64 %".366"
  store i16 %".365", ptr %".367", !alias.scope !6, !noalias !7
  %".369" = extractelement <16 x i16> %".328", i32 10
  %".370" = extractelement <16 x i64> %".231", i32 10
  %".371" = getelementptr inbounds i16, ptr %".112", i64 %".370"
  store i16 %".369", ptr %".371", !alias.scope !6, !noalias !7
  %".373" = extractelement <16 x i16> %".328", i32 11
  %".374" = extractelement <16 x i64> %".231", i32 11
  %".375" = getelementptr inbounds i16, ptr %".112", i64 %".374"
  store i16 %".373", ptr %".375", !alias.scope !6, !noalias !7
  %".377" = extractelement <16 x i16> %".328", i32 12
  %".378" = extractelement <16 x i64> %".231", i32 12
  %".379" = getelementptr inbounds i16, ptr %".112", i64 %".378"
  store i16 %".377", ptr %".379", !alias.scope !6, !noalias !7
  %".381" = extractelement <16 x i16> %".328", i32 13
  %".382" = extractelement <16 x i64> %".231", i32 13
  %".383" = getelementptr inbounds i16, ptr %".112", i64 %".382"
  store i16 %".381", ptr %".383", !alias.scope !6, !noalias !7
  %".385" = extractelement <16 x i16> %".328", i32 14
  %".386" = extractelement <16 x i64> %".231", i32 14
  %".387" = getelementptr inbounds i16, ptr %".112", i64 %".386"
  store i16 %".385", ptr %".387", !alias.scope !6, !noalias !7
  %".389" = extractelement <16 x i16> %".328", i32 15
  %".390" = extractelement <16 x i64> %".231", i32 15
  %".391" = getelementptr inbounds i16, ptr %".112", i64 %".390"
  store i16 %".389", ptr %".391", !alias.scope !6, !noalias !7
  %".393" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".395" = mul i64 %".221", 16
  %".396" = add i64 %".216", %".395"
  %".397" = sub i64 %".219", %".396"
  %".398" = sdiv i64 %".397", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".506", %"spv.body.1"]
  %".400" = icmp slt i64 %"spv.1", %".398"
  br i1 %".400", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".402" = mul i64 %"spv.1", 8
  %".403" = add i64 %".396", %".402"
  %".404" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".403"
  %".405" = load <8 x i32>, ptr %".404", align 4, !alias.scope !4, !noalias !5
  %".406" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".403"
  %".407" = load <8 x i8>, ptr %".406", align 1, !alias.scope !4, !noalias !5
  %".408" = sext <8 x i32> %".405" to <8 x i64>
  %".409" = sitofp <8 x i8> %".407" to <8 x float>
  %".410" = extractelement <8 x i64> %".408", i32 0
  %".411" = getelementptr inbounds i16, ptr %".112", i64 %".410"
  %".412" = load i16, ptr %".411", !alias.scope !6, !noalias !7
  %".413" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".412", i32 0
  %".414" = extractelement <8 x i64> %".408", i32 1
  %".415" = getelementptr inbounds i16, ptr %".112", i64 %".414"
  %".416" = load i16, ptr %".415", !alias.scope !6, !noalias !7
  %".417" = insertelement <8 x i16> %".413", i16 %".416", i32 1
  %".418" = extractelement <8 x i64> %".408", i32 2
  %".419" = getelementptr inbounds i16, ptr %".112", i64 %".418"
  %".420" = load i16, ptr %".419", !alias.scope !6, !noalias !7
  %".421" = insertelement <8 x i16> %".417", i16 %".420", i32 2
  %".422" = extractelement <8 x i64> %".408", i32 3
  %".423" = getelementptr inbounds i16, ptr %".112", i64 %".422"
  %".424" = load i16, ptr %".423", !alias.scope !6, !noalias !7
  %".425" = insertelement <8 x i16> %".421", i16 %".424", i32 3
  %".426" = extractelement <8 x i64> %".408", i32 4
  %".427" = getelementptr inbounds i16, ptr %".112", i64 %".426"
  %".428" = load i16, ptr %".427", !alias.scope !6, !noalias !7
  %".429" = insertelement <8 x i16> %".425", i16 %".428", i32 4
  %".430" = extractelement <8 x i64> %".408", i32 5
  %".431" = getelementptr inbounds i16, ptr %".112", i64 %".430"
  %".432" = load i16, ptr %".431", !alias.scope !6, !noalias !7
  %".433" = insertelement <8 x i16> %".429", i16 %".432", i32 5
  %".434" = extractelement <8 x i64> %".408", i32 6
  %".435" = getelementptr inbounds i16, ptr %".112", i64 %".434"
  %".436" = load i16, ptr %".435", !alias.scope !6, !noalias !7
  %".437" = insertelement <8 x i16> %".433", i16 %".436", i32 6
  %".438" = extractelement <8 x i64> %".408", i32 7
  %".439" = getelementptr inbounds i16, ptr %".112", i64 %".438"
  %".440" = load i16, ptr %".439", !alias.scope !6, !noalias !7
  %".441" = insertelement <8 x i16> %".437", i16 %".440", i32 7
  %".442" = sitofp <8 x i16> %".441" to <8 x float>
  %".443" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".206", i32 0
  %".444" = shufflevector <8 x float> %".443", <8 x float> %".443", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".445" = fmul <8 x float> %".442", %".444"
  %".446" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".214", i32 0
  %".447" = shufflevector <8 x float> %".446", <8 x float> %".446", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".448" = fmul <8 x float> %".447", %".409"
  %".449" = fsub <8 x float> %".445", %".448"
  %".450" = xor i32 %".109", 0
  %".451" = lshr i32 %".450", 16
  %".452" = xor i32 %".450", %".451"
  %".453" = mul i32 %".452", 2146121005
  %".454" = lshr i32 %".453", 15
  %".455" = xor i32 %".453", %".454"
  %".456" = mul i32 %".455", 2221713035
  %".457" = lshr i32 %".456", 16
  %".458" = xor i32 %".456", %".457"
  %".459" = trunc <8 x i64> %".408" to <8 x i32>
  %".460" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".458", i32 0
  %".461" = shufflevector <8 x i32> %".460", <8 x i32> %".460", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".462" = mul <8 x i32> %".459", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".463" = add <8 x i32> %".461", %".462"
  %".464" = lshr <8 x i32> %".463", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".465" = uitofp <8 x i32> %".464" to <8 x float>
  %".466" = fmul <8 x float> %".465", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".467" = fadd <8 x float> %".449", %".466"
  %".468" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".467")
  %".469" = fcmp ogt <8 x float> %".468", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".470" = select  <8 x i1> %".469", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".468"
  %".471" = fcmp olt <8 x float> %".470", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".472" = select  <8 x i1> %".471", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".470"
  %".473" = fptosi <8 x float> %".472" to <8 x i16>
  %".474" = extractelement <8 x i16> %".473", i32 0
  %".475" = extractelement <8 x i64> %".408", i32 0
  %".476" = getelementptr inbounds i16, ptr %".112", i64 %".475"
  store i16 %".474", ptr %".476", !alias.scope !6, !noalias !7
  %".478" = extractelement <8 x i16> %".473", i32 1
  %".479" = extractelement <8 x i64> %".408", i32 1
  %".480" = getelementptr inbounds i16, ptr %".112", i64 %".479"
  store i16 %".478", ptr %".480", !alias.scope !6, !noalias !7
  %".482" = extractelement <8 x i16> %".473", i32 2
  %".483" = extractelement <8 x i64> %".408", i32 2
  %".484" = getelementptr inbounds i16, ptr %".112", i64 %".483"
  store i16 %".482", ptr %".484", !alias.scope !6, !noalias !7
  %".486" = extractelement <8 x i16> %".473", i32 3
  %".487" = extractelement <8 x i64> %".408", i32 3
  %".488" = getelementptr inbounds i16, ptr %".112", i64 %".487"
  store i16 %".486", ptr %".488", !alias.scope !6, !noalias !7
  %".490" = extractelement <8 x i16> %".473", i32 4
  %".491" = extractelement <8 x i64> %".408", i32 4
  %".492" = getelementptr inbounds i16, ptr %".112", i64 %".491"
  store i16 %".490", ptr %".492", !alias.scope !6, !noalias !7
  %".494" = extractelement <8 x i16> %".473", i32 5
  %".495" = extractelement <8 x i64> %".408", i32 5
  %".496" = getelementptr inbounds i16, ptr %".112", i64 %".495"
  store i16 %".494", ptr %".496", !alias.scope !6, !noalias !7
  %".498" = extractelement <8 x i16> %".473", i32 6
  %".499" = extractelement <8 x i64> %".408", i32 6
  %".500" = getelementptr inbounds i16, ptr %".112", i64 %".499"
  store i16 %".498", ptr %".500", !alias.scope !6, !noalias !7
  %".502" = extractelement <8 x i16> %".473", i32 7
  %".503" = extractelement <8 x i64> %".408", i32 7
  %".504" = getelementptr inbounds i16, ptr %".112", i64 %".503"
  store i16 %".502", ptr %".504", !alias.scope !6, !noalias !7
  %".506" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".508" = mul i64 %".398", 8
  %".509" = add i64 %".396", %".508"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".509", %"spv.done.1"], [%".548", %"sp.body"]
  %".511" = icmp slt i64 %"sp", %".219"
  br i1 %".511", label %"sp.body", label %"sp.done"
sp.body:
  %".513" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".514" = load i32, ptr %".513", !alias.scope !4, !noalias !5
  %".515" = sext i32 %".514" to i64
  %".516" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"sp"
  %".517" = load i8, ptr %".516", !alias.scope !4, !noalias !5
  %".518" = sitofp i8 %".517" to float
  %".519" = getelementptr inbounds i16, ptr %".112", i64 %".515"
  %".520" = load i16, ptr %".519", !alias.scope !6, !noalias !7
  %".521" = sitofp i16 %".520" to float
  %".522" = fmul float %".521", %".206"
  %".523" = fmul float %".214", %".518"
  %".524" = fsub float %".522", %".523"
  %".525" = xor i32 %".109", 0
  %".526" = lshr i32 %".525", 16
  %".527" = xor i32 %".525", %".526"
  %".528" = mul i32 %".527", 2146121005
  %".529" = lshr i32 %".528", 15
  %".530" = xor i32 %".528", %".529"
  %".531" = mul i32 %".530", 2221713035
  %".532" = lshr i32 %".531", 16
  %".533" = xor i32 %".531", %".532"
  %".534" = trunc i64 %".515" to i32
  %".535" = mul i32 %".534", 2654435769
  %".536" = add i32 %".533", %".535"
  %".537" = lshr i32 %".536", 8
  %".538" = uitofp i32 %".537" to float
  %".539" = fmul float %".538", 0x3e70000000000000
  %".540" = fadd float %".524", %".539"
  %".541" = call float @"llvm.floor.f32"(float %".540")
  %".542" = fcmp ogt float %".541", 0x40dfffc000000000
  %".543" = select  i1 %".542", float 0x40dfffc000000000, float %".541"
  %".544" = fcmp olt float %".543", 0xc0dfffc000000000
  %".545" = select  i1 %".544", float 0xc0dfffc000000000, float %".543"
  %".546" = fptosi float %".545" to i16
  store i16 %".546", ptr %".519", !alias.scope !6, !noalias !7
  %".548" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".550" = getelementptr inbounds float, ptr %".113", i64 0
  %".551" = load float, ptr %".550", !alias.scope !8, !noalias !9
  %".552" = fmul float 0x3fe0000000000000, %".189"
  %".553" = fsub float %".551", %".552"
  %".554" = getelementptr inbounds float, ptr %".113", i64 0
  store float %".553", ptr %".554", !alias.scope !8, !noalias !9
  br i1 %".17", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".557" = load i64, i64* %"push.left"
  %".558" = sub i64 %".557", 1
  store i64 %".558", i64* %"push.left"
  %".560" = icmp sle i64 %".558", 0
  br i1 %".560", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".581" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".576", %"cp.body.1"]
  %".563" = icmp slt i64 %"cp.1", 1
  br i1 %".563", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".565" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".566" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".567" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".568" = load float, ptr %".565"
  %".569" = load float, ptr %".566"
  %".570" = fsub float %".568", %".569"
  %".571" = fmul float %".570", %".16"
  %".572" = atomicrmw fadd ptr %".567", float %".571" monotonic
  %".573" = load atomic float, ptr %".567" monotonic, align 4
  store float %".573", ptr %".565"
  store float %".573", ptr %".566"
  %".576" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".601" = load double, double* %"loss.acc"
  store double %".601", ptr %"out"
  %".603" = load i32, i32* %"rng.state"
  store i32 %".603", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".598", %"cp.body.2"]
  %".585" = icmp slt i64 %"cp.2", 1
  br i1 %".585", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".587" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".588" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".589" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".590" = load float, ptr %".587"
  %".591" = load float, ptr %".588"
  %".592" = fsub float %".590", %".591"
  %".593" = fmul float %".592", %".16"
  %".594" = atomicrmw fadd ptr %".589", float %".593" monotonic
  %".595" = load atomic float, ptr %".589" monotonic, align 4
  store float %".595", ptr %".587"
  store float %".595", ptr %".588"
  %".598" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

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