; llvmlite 0.50.0
; ModuleID = "sgdc.trend"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"epoch." = load i64, ptr %".8"
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".22"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.(day + 0)" = load i64, ptr %".25"
  %"field.(day + 0).p" = inttoptr i64 %"field.(day + 0)" to ptr
  %".28" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"field.(day + 1)" = load i64, ptr %".28"
  %"field.(day + 1).p" = inttoptr i64 %"field.(day + 1)" to ptr
  %".31" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.y" = load i64, ptr %".31"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".46"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".64" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".64"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".85" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.level" = load i64, ptr %".85"
  %"param.level.p" = inttoptr i64 %"param.level" to ptr
  %".99" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"t0." = load i64, ptr %".99"
  %".110" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".110"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".129" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"scale.x" = load i64, ptr %".129"
  %".130" = trunc i64 %"scale.x" to i32
  %".131" = bitcast i32 %".130" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".619", %"sp.done"]
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
  %".26" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".29" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".29", i32 0, i32 3, i32 1)
  %".32" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".32", i32 0, i32 3, i32 1)
  %".34" = add i64 %"ex", 8
  %".35" = icmp slt i64 %".34", %"end"
  %".36" = select  i1 %".35", i64 %".34", i64 %"ex"
  %".37" = getelementptr inbounds i32, ptr %"order..p", i64 %".36"
  %".38" = load i32, ptr %".37"
  %".39" = sext i32 %".38" to i64
  %".40" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".39"
  %".41" = load i64, ptr %".40"
  %".42" = add i64 %".39", 1
  %".43" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".42"
  %".44" = load i64, ptr %".43"
  %".45" = sub i64 %".44", %".41"
  %".47" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".41"
  %".48" = ptrtoint ptr %".47" to i64
  %".49" = and i64 %".48", 63
  %".50" = mul i64 %".45", 4
  %".51" = add i64 %".49", %".50"
  %".52" = add i64 %".51", 63
  %".53" = udiv i64 %".52", 64
  %".54" = icmp ult i64 %".53", 8
  %".55" = select  i1 %".54", i64 %".53", i64 8
  br label %"pfs.head"
ex.done:
  %".621" = load double, double* %"loss.acc"
  store double %".621", ptr %"out"
  %".623" = load i32, i32* %"rng.state"
  store i32 %".623", ptr %"rng..p"
  ret void
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".62", %"pfs.body"]
  %".57" = icmp slt i64 %"pfs", %".55"
  br i1 %".57", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".59" = mul i64 %"pfs", 64
  %".60" = getelementptr i8, ptr %".47", i64 %".59"
  call void @"llvm.prefetch.p0"(ptr %".60", i32 0, i32 3, i32 1)
  %".62" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".65" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".41"
  %".66" = ptrtoint ptr %".65" to i64
  %".67" = and i64 %".66", 63
  %".68" = mul i64 %".45", 2
  %".69" = add i64 %".67", %".68"
  %".70" = add i64 %".69", 63
  %".71" = udiv i64 %".70", 64
  %".72" = icmp ult i64 %".71", 8
  %".73" = select  i1 %".72", i64 %".71", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".80", %"pfs.body.1"]
  %".75" = icmp slt i64 %"pfs.1", %".73"
  br i1 %".75", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".77" = mul i64 %"pfs.1", 64
  %".78" = getelementptr i8, ptr %".65", i64 %".77"
  call void @"llvm.prefetch.p0"(ptr %".78", i32 0, i32 3, i32 1)
  %".80" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".82" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %".39"
  %".83" = load i32, ptr %".82"
  %".84" = sext i32 %".83" to i64
  %".86" = mul i64 %".84", 1
  %".87" = getelementptr inbounds i16, ptr %"param.level.p", i64 %".86"
  %".88" = getelementptr i8, ptr %".87", i64 0
  call void @"llvm.prefetch.p0"(ptr %".88", i32 0, i32 3, i32 1)
  %".90" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %".39"
  %".91" = load i32, ptr %".90"
  %".92" = sext i32 %".91" to i64
  %".93" = mul i64 %".92", 1
  %".94" = getelementptr inbounds i16, ptr %"param.level.p", i64 %".93"
  %".95" = getelementptr i8, ptr %".94", i64 0
  call void @"llvm.prefetch.p0"(ptr %".95", i32 0, i32 3, i32 1)
  %".97" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".97", !alias.scope !4, !noalias !5
  %".98" = sext i32 %"e" to i64
  %".100" = add i64 %"t0.", %"ex"
  %".101" = sitofp i64 %".100" to float
  %".102" = load i32, i32* %"rng.state"
  %".103" = shl i32 %".102", 13
  %".104" = xor i32 %".102", %".103"
  %".105" = lshr i32 %".104", 17
  %".106" = xor i32 %".104", %".105"
  %".107" = shl i32 %".106", 5
  %".108" = xor i32 %".106", %".107"
  store i32 %".108", i32* %"rng.state"
  %".111" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".112" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %".98"
  %".113" = load i32, ptr %".112", !alias.scope !4, !noalias !5
  %".114" = sext i32 %".113" to i64
  %".115" = mul i64 %".114", 1
  %".116" = add i64 0, %".115"
  %".117" = getelementptr inbounds i16, ptr %"param.level.p", i64 %".116"
  %".118" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %".98"
  %".119" = load i32, ptr %".118", !alias.scope !4, !noalias !5
  %".120" = sext i32 %".119" to i64
  %".121" = mul i64 %".120", 1
  %".122" = add i64 0, %".121"
  %".123" = getelementptr inbounds i16, ptr %"param.level.p", i64 %".122"
  %".124" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".98"
  %".125" = load i64, ptr %".124", !alias.scope !4, !noalias !5
  %".126" = add i64 %".98", 1
  %".127" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".126"
  %".128" = load i64, ptr %".127", !alias.scope !4, !noalias !5
  %".132" = fmul float %".131", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".134" = sub i64 %".128", %".125"
  %".135" = icmp sle i64 %".134", 2
  br i1 %".135", label %"pfs.done.1.if", label %"pfs.done.1.else"
pfs.done.1.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
pfs.done.1.else:
  br label %"idot64.head"
pfs.done.1.endif:
  %".187" = load i64, i64* %"idot.acc"
  %".188" = sitofp i64 %".187" to float
  %".189" = fmul float %".188", %".132"
  %".190" = getelementptr inbounds i16, ptr %".117", i64 0
  %".191" = load i16, ptr %".190", !alias.scope !8, !noalias !9
  %".192" = sitofp i16 %".191" to float
  %".193" = fmul float %".192", 0x3f30000000000000
  %".194" = fadd float %".189", %".193"
  %".195" = getelementptr inbounds float, ptr %"field.y.p", i64 %".98"
  %".196" = load float, ptr %".195", !alias.scope !4, !noalias !5
  %".197" = fsub float %".194", %".196"
  %".198" = fmul float %".197", %".197"
  %".199" = fmul float 0x3fe0000000000000, %".198"
  %".200" = getelementptr inbounds i16, ptr %".123", i64 0
  %".201" = load i16, ptr %".200", !alias.scope !8, !noalias !9
  %".202" = sitofp i16 %".201" to float
  %".203" = fmul float %".202", 0x3f30000000000000
  %".204" = fsub float %".203", %".193"
  %".205" = fmul float %".204", %".204"
  %".206" = fadd float %".199", %".205"
  %".207" = fmul float 0x4000000000000000, %".204"
  %".208" = fneg float %".207"
  %".209" = fmul float 0x4000000000000000, %".197"
  %".210" = fmul float 0x3fe0000000000000, %".209"
  %".211" = fadd float %".208", %".210"
  %".212" = fpext float %".206" to double
  %".213" = load double, double* %"loss.acc"
  %".214" = fadd double %".213", %".212"
  store double %".214", double* %"loss.acc"
  %".216" = fmul float 0x3fd3333340000000, %".210"
  %".217" = fmul float %".131", 0x40b0000000000000
  %".218" = fmul float %".216", %".217"
  %".219" = fcmp ogt float %".218", 0x4630000000000000
  %".220" = select  i1 %".219", float 0x4630000000000000, float %".218"
  %".221" = fcmp olt float %".220", 0xc630000000000000
  %".222" = select  i1 %".221", float 0xc630000000000000, float %".220"
  %".223" = fcmp uno float %".218", %".218"
  %".224" = fcmp uno float %".218", %".218"
  %".225" = or i1 %".223", %".224"
  %".226" = select  i1 %".225", float              0x0, float %".222"
  %".227" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".98"
  %".228" = load i64, ptr %".227", !alias.scope !4, !noalias !5
  %".229" = add i64 %".98", 1
  %".230" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".229"
  %".231" = load i64, ptr %".230", !alias.scope !4, !noalias !5
  %".232" = sub i64 %".231", %".228"
  %".233" = sdiv i64 %".232", 16
  br label %"spv.head"
idot32.head:
  %"idot32" = phi  i64 [%".125", %"pfs.done.1.if"], [%".158", %"idot32.body"]
  %".139" = icmp slt i64 %"idot32", %".128"
  br i1 %".139", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".141" = load i32, i32* %"idot.acc32"
  %".142" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".143" = load i32, ptr %".142", !alias.scope !4, !noalias !5
  %".144" = sext i32 %".143" to i64
  %".145" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".146" = load i16, ptr %".145", !alias.scope !4, !noalias !5
  %".147" = sitofp i16 %".146" to float
  %".148" = fmul float %".147", %".131"
  %".149" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".150" = load i16, ptr %".149", !alias.scope !4, !noalias !5
  %".151" = sext i16 %".150" to i32
  %".152" = getelementptr inbounds i16, ptr %".111", i64 %".144"
  %".153" = load i16, ptr %".152", !alias.scope !6, !noalias !7
  %".154" = sext i16 %".153" to i32
  %".155" = mul i32 %".151", %".154"
  %".156" = add i32 %".141", %".155"
  store i32 %".156", i32* %"idot.acc32"
  %".158" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".160" = load i32, i32* %"idot.acc32"
  %".161" = sext i32 %".160" to i64
  store i64 %".161", i64* %"idot.acc"
  br label %"pfs.done.1.endif"
idot64.head:
  %"idot64" = phi  i64 [%".125", %"pfs.done.1.else"], [%".184", %"idot64.body"]
  %".165" = icmp slt i64 %"idot64", %".128"
  br i1 %".165", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".167" = load i64, i64* %"idot.acc"
  %".168" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".169" = load i32, ptr %".168", !alias.scope !4, !noalias !5
  %".170" = sext i32 %".169" to i64
  %".171" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".172" = load i16, ptr %".171", !alias.scope !4, !noalias !5
  %".173" = sitofp i16 %".172" to float
  %".174" = fmul float %".173", %".131"
  %".175" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".176" = load i16, ptr %".175", !alias.scope !4, !noalias !5
  %".177" = sext i16 %".176" to i64
  %".178" = getelementptr inbounds i16, ptr %".111", i64 %".170"
  %".179" = load i16, ptr %".178", !alias.scope !6, !noalias !7
  %".180" = sext i16 %".179" to i64
  %".181" = mul i64 %".177", %".180"
  %".182" = add i64 %".167", %".181"
  store i64 %".182", i64* %"idot.acc"
  %".184" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"pfs.done.1.endif"
spv.head:
  %"spv" = phi  i64 [0, %"pfs.done.1.endif"], [%".402", %"spv.body"]
  %".235" = icmp slt i64 %"spv", %".233"
  br i1 %".235", label %"spv.body", label %"spv.done"
spv.body:
  %".237" = mul i64 %"spv", 16
  %".238" = add i64 %".228", %".237"
  %".239" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".238"
  %".240" = load <16 x i32>, ptr %".239", align 4, !alias.scope !4, !noalias !5
  %".241" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".238"
  %".242" = load <16 x i16>, ptr %".241", align 2, !alias.scope !4, !noalias !5
  %".243" = sext <16 x i32> %".240" to <16 x i64>
  %".244" = sitofp <16 x i16> %".242" to <16 x float>
  %".245" = extractelement <16 x i64> %".243", i32 0
  %".246" = getelementptr inbounds i16, ptr %".111", i64 %".245"
  %".247" = load i16, ptr %".246", !alias.scope !6, !noalias !7
  %".248" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".247", i32 0
  %".249" = extractelement <16 x i64> %".243", i32 1
  %".250" = getelementptr inbounds i16, ptr %".111", i64 %".249"
  %".251" = load i16, ptr %".250", !alias.scope !6, !noalias !7
  %".252" = insertelement <16 x i16> %".248", i16 %".251", i32 1
  %".253" = extractelement <16 x i64> %".243", i32 2
  %".254" = getelementptr inbounds i16, ptr %".111", i64 %".253"
  %".255" = load i16, ptr %".254", !alias.scope !6, !noalias !7
  %".256" = insertelement <16 x i16> %".252", i16 %".255", i32 2
  %".257" = extractelement <16 x i64> %".243", i32 3
  %".258" = getelementptr inbounds i16, ptr %".111", i64 %".257"
  %".259" = load i16, ptr %".258", !alias.scope !6, !noalias !7
  %".260" = insertelement <16 x i16> %".256", i16 %".259", i32 3
  %".261" = extractelement <16 x i64> %".243", i32 4
  %".262" = getelementptr inbounds i16, ptr %".111", i64 %".261"
  %".263" = load i16, ptr %".262", !alias.scope !6, !noalias !7
  %".264" = insertelement <16 x i16> %".260", i16 %".263", i32 4
  %".265" = extractelement <16 x i64> %".243", i32 5
  %".266" = getelementptr inbounds i16, ptr %".111", i64 %".265"
  %".267" = load i16, ptr %".266", !alias.scope !6, !noalias !7
  %".268" = insertelement <16 x i16> %".264", i16 %".267", i32 5
  %".269" = extractelement <16 x i64> %".243", i32 6
  %".270" = getelementptr inbounds i16, ptr %".111", i64 %".269"
  %".271" = load i16, ptr %".270", !alias.scope !6, !noalias !7
  %".272" = insertelement <16 x i16> %".268", i16 %".271", i32 6
  %".273" = extractelement <16 x i64> %".243", i32 7
  %".274" = getelementptr inbounds i16, ptr %".111", i64 %".273"
  %".275" = load i16, ptr %".274", !alias.scope !6, !noalias !7
  %".276" = insertelement <16 x i16> %".272", i16 %".275", i32 7
  %".277" = extractelement <16 x i64> %".243", i32 8
  %".278" = getelementptr inbounds i16, ptr %".111", i64 %".277"
  %".279" = load i16, ptr %".278", !alias.scope !6, !noalias !7
  %".280" = insertelement <16 x i16> %".276", i16 %".279", i32 8
  %".281" = extractelement <16 x i64> %".243", i32 9
  %".282" = getelementptr inbounds i16, ptr %".111", i64 %".281"
  %".283" = load i16, ptr %".282", !alias.scope !6, !noalias !7
  %".284" = insertelement <16 x i16> %".280", i16 %".283", i32 9
  %".285" = extractelement <16 x i64> %".243", i32 10
  %".286" = getelementptr inbounds i16, ptr %".111", i64 %".285"
  %".287" = load i16, ptr %".286", !alias.scope !6, !noalias !7
  %".288" = insertelement <16 x i16> %".284", i16 %".287", i32 10
  %".289" = extractelement <16 x i64> %".243", i32 11
  %".290" = getelementptr inbounds i16, ptr %".111", i64 %".289"
  %".291" = load i16, ptr %".290", !alias.scope !6, !noalias !7
  %".292" = insertelement <16 x i16> %".288", i16 %".291", i32 11
  %".293" = extractelement <16 x i64> %".243", i32 12
  %".294" = getelementptr inbounds i16, ptr %".111", i64 %".293"
  %".295" = load i16, ptr %".294", !alias.scope !6, !noalias !7
  %".296" = insertelement <16 x i16> %".292", i16 %".295", i32 12
  %".297" = extractelement <16 x i64> %".243", i32 13
  %".298" = getelementptr inbounds i16, ptr %".111", i64 %".297"
  %".299" = load i16, ptr %".298", !alias.scope !6, !noalias !7
  %".300" = insertelement <16 x i16> %".296", i16 %".299", i32 13
  %".301" = extractelement <16 x i64> %".243", i32 14
  %".302" = getelementptr inbounds i16, ptr %".111", i64 %".301"
  %".303" = load i16, ptr %".302", !alias.scope !6, !noalias !7
  %".304" = insertelement <16 x i16> %".300", i16 %".303", i32 14
  %".305" = extractelement <16 x i64> %".243", i32 15
  %".306" = getelementptr inbounds i16, ptr %".111", i64 %".305"
  %".307" = load i16, ptr %".306", !alias.scope !6, !noalias !7
  %".308" = insertelement <16 x i16> %".304", i16 %".307", i32 15
  %".309" = sitofp <16 x i16> %".308" to <16 x float>
  %".310" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".226", i32 0
  %".311" = shufflevector <16 x float> %".310", <16 x float> %".310", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".312" = fmul <16 x float> %".311", %".244"
  %".313" = fsub <16 x float> %".309", %".312"
  %".314" = xor i32 %".108", 0
  %".315" = lshr i32 %".314", 16
  %".316" = xor i32 %".314", %".315"
  %".317" = mul i32 %".316", 2146121005
  %".318" = lshr i32 %".317", 15
  %".319" = xor i32 %".317", %".318"
  %".320" = mul i32 %".319", 2221713035
  %".321" = lshr i32 %".320", 16
  %".322" = xor i32 %".320", %".321"
  %".323" = trunc <16 x i64> %".243" to <16 x i32>
  %".324" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".322", i32 0
  %".325" = shufflevector <16 x i32> %".324", <16 x i32> %".324", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".326" = mul <16 x i32> %".323", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".327" = add <16 x i32> %".325", %".326"
  %".328" = lshr <16 x i32> %".327", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".329" = uitofp <16 x i32> %".328" to <16 x float>
  %".330" = fmul <16 x float> %".329", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".331" = fadd <16 x float> %".313", %".330"
  %".332" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".331")
  %".333" = fcmp ogt <16 x float> %".332", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".334" = select  <16 x i1> %".333", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".332"
  %".335" = fcmp olt <16 x float> %".334", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".336" = select  <16 x i1> %".335", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".334"
  %".337" = fptosi <16 x float> %".336" to <16 x i16>
  %".338" = extractelement <16 x i16> %".337", i32 0
  %".339" = extractelement <16 x i64> %".243", i32 0
  %".340" = getelementptr inbounds i16, ptr %".111", i64 %".339"
  store i16 %".338", ptr %".340", !alias.scope !6, !noalias !7
  %".342" = extractelement <16 x i16> %".337", i32 1
  %".343" = extractelement <16 x i64> %".243", i32 1
  %".344" = getelementptr inbounds i16, ptr %".111", i64 %".343"
  store i16 %".342", ptr %".344", !alias.scope !6, !noalias !7
  %".346" = extractelement <16 x i16> %".337", i32 2
  %".347" = extractelement <16 x i64> %".243", i32 2
  %".348" = getelementptr inbounds i16, ptr %".111", i64 %".347"
  store i16 %".346", ptr %".348", !alias.scope !6, !noalias !7
  %".350" = extractelement <16 x i16> %".337", i32 3
  %".351" = extractelement <16 x i64> %".243", i32 3
  %".352" = getelementptr inbounds i16, ptr %".111", i64 %".351"
  store i16 %".350", ptr %".352", !alias.scope !6, !noalias !7
  %".354" = extractelement <16 x i16> %".337", i32 4
  %".355" = extractelement <16 x i64> %".243", i32 4
  %".356" = getelementptr inbounds i16, ptr %".111", i64 %".355"
  store i16 %".354", ptr %".356", !alias.scope !6, !noalias !7
  %".358" = extractelement <16 x i16> %".337", i32 5
  %".359" = extractelement <16 x i64> %".243", i32 5
  %".360" = getelementptr inbounds i16, ptr %".111", i64 %".359"
  store i16 %".358", ptr %".360", !alias.scope !6, !noalias !7
  %".362" = extractelement <16 x i16> %".337", i32 6
  %".363" = extractelement <16 x i64> %".243", i32 6
  %".364" = getelementptr inbounds i16, ptr %".111", i64 %".363"
  store i16 %".362", ptr %".364", !alias.scope !6, !noalias !7
  %".366" = extractelement <16 x i16> %".337", i32 7
  %".367" = extractelement <16 x i64> %".243", i32 7
  %".368" = getelementptr inbounds i16, ptr %".111", i64 %".367"
  store i16 %".366", ptr %".368", !alias.scope !6, !noalias !7
  %".370" = extractelement <16 x i16> %".337", i32 8
  %".371" = extractelement <16 x i64> %".243", i32 8
  %".372" = getelementptr inbounds i16, ptr %".111", i64 %".371"
  store i16 %".370", ptr %".372", !alias.scope !6, !noalias !7
  %".374" = extractelement <16 x i16> %".337", i32 9
  %".375" = extractelement <16 x i64> %".243", i32 9
  %".376" = getelementptr inbounds i16, ptr %".111", i64 %".375"
  store i16 %".374", ptr %".376", !alias.scope !6, !noalias !7
  %".378" = extractelement <16 x i16> %".337", i32 10
  %".379" = extractelement <16 x i64> %".243", i32 10
  %".380" = getelementptr inbounds i16, ptr %".111", i64 %".379"
  store i16 %".378", ptr %".380", !alias.scope !6, !noalias !7
  %".382" = extractelement <16 x i16> %".337", i32 11
  %".383" = extractelement <16 x i64> %".243", i32 11
  %".384" = getelementptr inbounds i16, ptr %".111", i64 %".383"
  store i16 %".382", ptr %".384", !alias.scope !6, !noalias !7
  %".386" = extractelement <16 x i16> %".337", i32 12
  %".387" = extractelement <16 x i64> %".243", i32 12
  %".388" = getelementptr inbounds i16, ptr %".111", i64 %".387"
  store i16 %".386", ptr %".388", !alias.scope !6, !noalias !7
  %".390" = extractelement <16 x i16> %".337", i32 13
  %".391" = extractelement <16 x i64> %".243", i32 13
  %".392" = getelementptr inbounds i16, ptr %".111", i64 %".391"
  store i16 %".390", ptr %".392", !alias.scope !6, !noalias !7
  %".394" = extractelement <16 x i16> %".337", i32 14
  %".395" = extractelement <16 x i64> %".243", i32 14
  %".396" = getelementptr inbounds i16, ptr %".111", i64 %".395"
  store i16 %".394", ptr %".396", !alias.scope !6, !noalias !7
  %".398" = extractelement <16 x i16> %".337", i32 15
  %".399" = extractelement <16 x i64> %".243", i32 15
  %".400" = getelementptr inbounds i16, ptr %".111", i64 %".399"
  store i16 %".398", ptr %".400", !alias.scope !6, !noalias !7
  %".402" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".404" = mul i64 %".233", 16
  %".405" = add i64 %".228", %".404"
  %".406" = sub i64 %".231", %".405"
  %".407" = sdiv i64 %".406", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".512", %"spv.body.1"]
  %".409" = icmp slt i64 %"spv.1", %".407"
  br i1 %".409", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".411" = mul i64 %"spv.1", 8
  %".412" = add i64 %".405", %".411"
  %".413" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".412"
  %".414" = load <8 x i32>, ptr %".413", align 4, !alias.scope !4, !noalias !5
  %".415" = getelementptr inbounds i16, ptr %"values.x.p", i64 %".412"
  %".416" = load <8 x i16>, ptr %".415", align 2, !alias.scope !4, !noalias !5
  %".417" = sext <8 x i32> %".414" to <8 x i64>
  %".418" = sitofp <8 x i16> %".416" to <8 x float>
  %".419" = extractelement <8 x i64> %".417", i32 0
  %".420" = getelementptr inbounds i16, ptr %".111", i64 %".419"
  %".421" = load i16, ptr %".420", !alias.scope !6, !noalias !7
  %".422" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".421", i32 0
  %".423" = extractelement <8 x i64> %".417", i32 1
  %".424" = getelementptr inbounds i16, ptr %".111", i64 %".423"
  %".425" = load i16, ptr %".424", !alias.scope !6, !noalias !7
  %".426" = insertelement <8 x i16> %".422", i16 %".425", i32 1
  %".427" = extractelement <8 x i64> %".417", i32 2
  %".428" = getelementptr inbounds i16, ptr %".111", i64 %".427"
  %".429" = load i16, ptr %".428", !alias.scope !6, !noalias !7
  %".430" = insertelement <8 x i16> %".426", i16 %".429", i32 2
  %".431" = extractelement <8 x i64> %".417", i32 3
  %".432" = getelementptr inbounds i16, ptr %".111", i64 %".431"
  %".433" = load i16, ptr %".432", !alias.scope !6, !noalias !7
  %".434" = insertelement <8 x i16> %".430", i16 %".433", i32 3
  %".435" = extractelement <8 x i64> %".417", i32 4
  %".436" = getelementptr inbounds i16, ptr %".111", i64 %".435"
  %".437" = load i16, ptr %".436", !alias.scope !6, !noalias !7
  %".438" = insertelement <8 x i16> %".434", i16 %".437", i32 4
  %".439" = extractelement <8 x i64> %".417", i32 5
  %".440" = getelementptr inbounds i16, ptr %".111", i64 %".439"
  %".441" = load i16, ptr %".440", !alias.scope !6, !noalias !7
  %".442" = insertelement <8 x i16> %".438", i16 %".441", i32 5
  %".443" = extractelement <8 x i64> %".417", i32 6
  %".444" = getelementptr inbounds i16, ptr %".111", i64 %".443"
  %".445" = load i16, ptr %".444", !alias.scope !6, !noalias !7
  %".446" = insertelement <8 x i16> %".442", i16 %".445", i32 6
  %".447" = extractelement <8 x i64> %".417", i32 7
  %".448" = getelementptr inbounds i16, ptr %".111", i64 %".447"
  %".449" = load i16, ptr %".448", !alias.scope !6, !noalias !7
  %".450" = insertelement <8 x i16> %".446", i16 %".449", i32 7
  %".451" = sitofp <8 x i16> %".450" to <8 x float>
  %".452" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".226", i32 0
  %".453" = shufflevector <8 x float> %".452", <8 x float> %".452", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".454" = fmul <8 x float> %".453", %".418"
  %".455" = fsub <8 x float> %".451", %".454"
  %".456" = xor i32 %".108", 0
  %".457" = lshr i32 %".456", 16
  %".458" = xor i32 %".456", %".457"
  %".459" = mul i32 %".458", 2146121005
  %".460" = lshr i32 %".459", 15
  %".461" = xor i32 %".459", %".460"
  %".462" = mul i32 %".461", 2221713035
  %".463" = lshr i32 %".462", 16
  %".464" = xor i32 %".462", %".463"
  %".465" = trunc <8 x i64> %".417" to <8 x i32>
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
  %".481" = extractelement <8 x i64> %".417", i32 0
  %".482" = getelementptr inbounds i16, ptr %".111", i64 %".481"
  store i16 %".480", ptr %".482", !alias.scope !6, !noalias !7
  %".484" = extractelement <8 x i16> %".479", i32 1
  %".485" = extractelement <8 x i64> %".417", i32 1
  %".486" = getelementptr inbounds i16, ptr %".111", i64 %".485"
  store i16 %".484", ptr %".486", !alias.scope !6, !noalias !7
  %".488" = extractelement <8 x i16> %".479", i32 2
  %".489" = extractelement <8 x i64> %".417", i32 2
  %".490" = getelementptr inbounds i16, ptr %".111", i64 %".489"
  store i16 %".488", ptr %".490", !alias.scope !6, !noalias !7
  %".492" = extractelement <8 x i16> %".479", i32 3
  %".493" = extractelement <8 x i64> %".417", i32 3
  %".494" = getelementptr inbounds i16, ptr %".111", i64 %".493"
  store i16 %".492", ptr %".494", !alias.scope !6, !noalias !7
  %".496" = extractelement <8 x i16> %".479", i32 4
  %".497" = extractelement <8 x i64> %".417", i32 4
  %".498" = getelementptr inbounds i16, ptr %".111", i64 %".497"
  store i16 %".496", ptr %".498", !alias.scope !6, !noalias !7
  %".500" = extractelement <8 x i16> %".479", i32 5
  %".501" = extractelement <8 x i64> %".417", i32 5
  %".502" = getelementptr inbounds i16, ptr %".111", i64 %".501"
  store i16 %".500", ptr %".502", !alias.scope !6, !noalias !7
  %".504" = extractelement <8 x i16> %".479", i32 6
  %".505" = extractelement <8 x i64> %".417", i32 6
  %".506" = getelementptr inbounds i16, ptr %".111", i64 %".505"
  store i16 %".504", ptr %".506", !alias.scope !6, !noalias !7
  %".508" = extractelement <8 x i16> %".479", i32 7
  %".509" = extractelement <8 x i64> %".417", i32 7
  %".510" = getelementptr inbounds i16, ptr %".111", i64 %".509"
  store i16 %".508", ptr %".510", !alias.scope !6, !noalias !7
  %".512" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".514" = mul i64 %".407", 8
  %".515" = add i64 %".405", %".514"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".515", %"spv.done.1"], [%".553", %"sp.body"]
  %".517" = icmp slt i64 %"sp", %".231"
  br i1 %".517", label %"sp.body", label %"sp.done"
sp.body:
  %".519" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".520" = load i32, ptr %".519", !alias.scope !4, !noalias !5
  %".521" = sext i32 %".520" to i64
  %".522" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"sp"
  %".523" = load i16, ptr %".522", !alias.scope !4, !noalias !5
  %".524" = sitofp i16 %".523" to float
  %".525" = getelementptr inbounds i16, ptr %".111", i64 %".521"
  %".526" = load i16, ptr %".525", !alias.scope !6, !noalias !7
  %".527" = sitofp i16 %".526" to float
  %".528" = fmul float %".226", %".524"
  %".529" = fsub float %".527", %".528"
  %".530" = xor i32 %".108", 0
  %".531" = lshr i32 %".530", 16
  %".532" = xor i32 %".530", %".531"
  %".533" = mul i32 %".532", 2146121005
  %".534" = lshr i32 %".533", 15
  %".535" = xor i32 %".533", %".534"
  %".536" = mul i32 %".535", 2221713035
  %".537" = lshr i32 %".536", 16
  %".538" = xor i32 %".536", %".537"
  %".539" = trunc i64 %".521" to i32
  %".540" = mul i32 %".539", 2654435769
  %".541" = add i32 %".538", %".540"
  %".542" = lshr i32 %".541", 8
  %".543" = uitofp i32 %".542" to float
  %".544" = fmul float %".543", 0x3e70000000000000
  %".545" = fadd float %".529", %".544"
  %".546" = call float @"llvm.floor.f32"(float %".545")
  %".547" = fcmp ogt float %".546", 0x40dfffc000000000
  %".548" = select  i1 %".547", float 0x40dfffc000000000, float %".546"
  %".549" = fcmp olt float %".548", 0xc0dfffc000000000
  %".550" = select  i1 %".549", float 0xc0dfffc000000000, float %".548"
  %".551" = fptosi float %".550" to i16
  store i16 %".551", ptr %".525", !alias.scope !6, !noalias !7
  %".553" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".555" = getelementptr inbounds i16, ptr %".117", i64 0
  %".556" = load i16, ptr %".555", !alias.scope !8, !noalias !9
  %".557" = sitofp i16 %".556" to float
  %".558" = fmul float %".557", 0x3f30000000000000
  %".559" = fmul float 0x3fd3333340000000, %".211"
  %".560" = fmul float %".559", 0x40b0000000000000
  %".561" = fsub float %".557", %".560"
  %".562" = xor i32 %".108", 2654435769
  %".563" = lshr i32 %".562", 16
  %".564" = xor i32 %".562", %".563"
  %".565" = mul i32 %".564", 2146121005
  %".566" = lshr i32 %".565", 15
  %".567" = xor i32 %".565", %".566"
  %".568" = mul i32 %".567", 2221713035
  %".569" = lshr i32 %".568", 16
  %".570" = xor i32 %".568", %".569"
  %".571" = trunc i64 0 to i32
  %".572" = mul i32 %".571", 2654435769
  %".573" = add i32 %".570", %".572"
  %".574" = lshr i32 %".573", 8
  %".575" = uitofp i32 %".574" to float
  %".576" = fmul float %".575", 0x3e70000000000000
  %".577" = fadd float %".561", %".576"
  %".578" = call float @"llvm.floor.f32"(float %".577")
  %".579" = fcmp ogt float %".578", 0x40dfffc000000000
  %".580" = select  i1 %".579", float 0x40dfffc000000000, float %".578"
  %".581" = fcmp olt float %".580", 0xc0dfffc000000000
  %".582" = select  i1 %".581", float 0xc0dfffc000000000, float %".580"
  %".583" = fcmp uno float %".582", %".582"
  %".584" = select  i1 %".583", float              0x0, float %".582"
  %".585" = fptosi float %".584" to i16
  store i16 %".585", ptr %".555", !alias.scope !8, !noalias !9
  %".587" = getelementptr inbounds i16, ptr %".123", i64 0
  %".588" = load i16, ptr %".587", !alias.scope !8, !noalias !9
  %".589" = sitofp i16 %".588" to float
  %".590" = fmul float %".589", 0x3f30000000000000
  %".591" = fmul float 0x3fd3333340000000, %".207"
  %".592" = fmul float %".591", 0x40b0000000000000
  %".593" = fsub float %".589", %".592"
  %".594" = xor i32 %".108", 1013904242
  %".595" = lshr i32 %".594", 16
  %".596" = xor i32 %".594", %".595"
  %".597" = mul i32 %".596", 2146121005
  %".598" = lshr i32 %".597", 15
  %".599" = xor i32 %".597", %".598"
  %".600" = mul i32 %".599", 2221713035
  %".601" = lshr i32 %".600", 16
  %".602" = xor i32 %".600", %".601"
  %".603" = trunc i64 0 to i32
  %".604" = mul i32 %".603", 2654435769
  %".605" = add i32 %".602", %".604"
  %".606" = lshr i32 %".605", 8
  %".607" = uitofp i32 %".606" to float
  %".608" = fmul float %".607", 0x3e70000000000000
  %".609" = fadd float %".593", %".608"
  %".610" = call float @"llvm.floor.f32"(float %".609")
  %".611" = fcmp ogt float %".610", 0x40dfffc000000000
  %".612" = select  i1 %".611", float 0x40dfffc000000000, float %".610"
  %".613" = fcmp olt float %".612", 0xc0dfffc000000000
  %".614" = select  i1 %".613", float 0xc0dfffc000000000, float %".612"
  %".615" = fcmp uno float %".614", %".614"
  %".616" = select  i1 %".615", float              0x0, float %".614"
  %".617" = fptosi float %".616" to i16
  store i16 %".617", ptr %".587", !alias.scope !8, !noalias !9
  %".619" = add i64 %"ex", 1
  br label %"ex.head"
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
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.(day + 0)" = load i64, ptr %".11"
  %"field.(day + 0).p" = inttoptr i64 %"field.(day + 0)" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.level" = load i64, ptr %".17"
  %"param.level.p" = inttoptr i64 %"param.level" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".25"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".26"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".27" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"scale.x" = load i64, ptr %".27"
  %".28" = trunc i64 %"scale.x" to i32
  %".29" = bitcast i32 %".28" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".96", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !4, !noalias !5
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds i16, ptr %"param.level.p", i64 %".16"
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".21" = load i64, ptr %".20", !alias.scope !4, !noalias !5
  %".22" = add i64 %"ex", 1
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".22"
  %".24" = load i64, ptr %".23", !alias.scope !4, !noalias !5
  %".30" = fmul float %".29", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".32" = sub i64 %".24", %".21"
  %".33" = icmp sle i64 %".32", 2
  br i1 %".33", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".85" = load i64, i64* %"idot.acc"
  %".86" = sitofp i64 %".85" to float
  %".87" = fmul float %".86", %".30"
  %".88" = getelementptr inbounds i16, ptr %".18", i64 0
  %".89" = load i16, ptr %".88", !alias.scope !8, !noalias !9
  %".90" = sitofp i16 %".89" to float
  %".91" = fmul float %".90", 0x3f30000000000000
  %".92" = fadd float %".87", %".91"
  %".93" = fpext float %".92" to double
  %".94" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".93", ptr %".94"
  %".96" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [%".21", %"ex.body.if"], [%".56", %"idot32.body"]
  %".37" = icmp slt i64 %"idot32", %".24"
  br i1 %".37", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".39" = load i32, i32* %"idot.acc32"
  %".40" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".41" = load i32, ptr %".40", !alias.scope !4, !noalias !5
  %".42" = sext i32 %".41" to i64
  %".43" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".44" = load i16, ptr %".43", !alias.scope !4, !noalias !5
  %".45" = sitofp i16 %".44" to float
  %".46" = fmul float %".45", %".29"
  %".47" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".48" = load i16, ptr %".47", !alias.scope !4, !noalias !5
  %".49" = sext i16 %".48" to i32
  %".50" = getelementptr inbounds i16, ptr %".10", i64 %".42"
  %".51" = load i16, ptr %".50", !alias.scope !6, !noalias !7
  %".52" = sext i16 %".51" to i32
  %".53" = mul i32 %".49", %".52"
  %".54" = add i32 %".39", %".53"
  store i32 %".54", i32* %"idot.acc32"
  %".56" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".58" = load i32, i32* %"idot.acc32"
  %".59" = sext i32 %".58" to i64
  store i64 %".59", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".21", %"ex.body.else"], [%".82", %"idot64.body"]
  %".63" = icmp slt i64 %"idot64", %".24"
  br i1 %".63", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".65" = load i64, i64* %"idot.acc"
  %".66" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".67" = load i32, ptr %".66", !alias.scope !4, !noalias !5
  %".68" = sext i32 %".67" to i64
  %".69" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".70" = load i16, ptr %".69", !alias.scope !4, !noalias !5
  %".71" = sitofp i16 %".70" to float
  %".72" = fmul float %".71", %".29"
  %".73" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".74" = load i16, ptr %".73", !alias.scope !4, !noalias !5
  %".75" = sext i16 %".74" to i64
  %".76" = getelementptr inbounds i16, ptr %".10", i64 %".68"
  %".77" = load i16, ptr %".76", !alias.scope !6, !noalias !7
  %".78" = sext i16 %".77" to i64
  %".79" = mul i64 %".75", %".78"
  %".80" = add i64 %".65", %".79"
  store i64 %".80", i64* %"idot.acc"
  %".82" = add i64 %"idot64", 1
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
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.(day + 0)" = load i64, ptr %".11"
  %"field.(day + 0).p" = inttoptr i64 %"field.(day + 0)" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.level" = load i64, ptr %".17"
  %"param.level.p" = inttoptr i64 %"param.level" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"field.(day + 1)" = load i64, ptr %".19"
  %"field.(day + 1).p" = inttoptr i64 %"field.(day + 1)" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".26"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".32" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".32"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".33" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".33"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".34" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"scale.x" = load i64, ptr %".34"
  %".35" = trunc i64 %"scale.x" to i32
  %".36" = bitcast i32 %".35" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".100" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.y" = load i64, ptr %".100"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".116", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.(day + 0).p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !4, !noalias !5
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds i16, ptr %"param.level.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.(day + 1).p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !4, !noalias !5
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds i16, ptr %"param.level.p", i64 %".24"
  %".27" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".28" = load i64, ptr %".27", !alias.scope !4, !noalias !5
  %".29" = add i64 %"ex", 1
  %".30" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".29"
  %".31" = load i64, ptr %".30", !alias.scope !4, !noalias !5
  %".37" = fmul float %".36", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".39" = sub i64 %".31", %".28"
  %".40" = icmp sle i64 %".39", 2
  br i1 %".40", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".92" = load i64, i64* %"idot.acc"
  %".93" = sitofp i64 %".92" to float
  %".94" = fmul float %".93", %".37"
  %".95" = getelementptr inbounds i16, ptr %".18", i64 0
  %".96" = load i16, ptr %".95", !alias.scope !8, !noalias !9
  %".97" = sitofp i16 %".96" to float
  %".98" = fmul float %".97", 0x3f30000000000000
  %".99" = fadd float %".94", %".98"
  %".101" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".102" = load float, ptr %".101", !alias.scope !4, !noalias !5
  %".103" = fsub float %".99", %".102"
  %".104" = fmul float %".103", %".103"
  %".105" = fmul float 0x3fe0000000000000, %".104"
  %".106" = getelementptr inbounds i16, ptr %".25", i64 0
  %".107" = load i16, ptr %".106", !alias.scope !8, !noalias !9
  %".108" = sitofp i16 %".107" to float
  %".109" = fmul float %".108", 0x3f30000000000000
  %".110" = fsub float %".109", %".98"
  %".111" = fmul float %".110", %".110"
  %".112" = fadd float %".105", %".111"
  %".113" = fpext float %".112" to double
  %".114" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".113", ptr %".114"
  %".116" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [%".28", %"ex.body.if"], [%".63", %"idot32.body"]
  %".44" = icmp slt i64 %"idot32", %".31"
  br i1 %".44", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".46" = load i32, i32* %"idot.acc32"
  %".47" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".48" = load i32, ptr %".47", !alias.scope !4, !noalias !5
  %".49" = sext i32 %".48" to i64
  %".50" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".51" = load i16, ptr %".50", !alias.scope !4, !noalias !5
  %".52" = sitofp i16 %".51" to float
  %".53" = fmul float %".52", %".36"
  %".54" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot32"
  %".55" = load i16, ptr %".54", !alias.scope !4, !noalias !5
  %".56" = sext i16 %".55" to i32
  %".57" = getelementptr inbounds i16, ptr %".10", i64 %".49"
  %".58" = load i16, ptr %".57", !alias.scope !6, !noalias !7
  %".59" = sext i16 %".58" to i32
  %".60" = mul i32 %".56", %".59"
  %".61" = add i32 %".46", %".60"
  store i32 %".61", i32* %"idot.acc32"
  %".63" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".65" = load i32, i32* %"idot.acc32"
  %".66" = sext i32 %".65" to i64
  store i64 %".66", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".28", %"ex.body.else"], [%".89", %"idot64.body"]
  %".70" = icmp slt i64 %"idot64", %".31"
  br i1 %".70", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".72" = load i64, i64* %"idot.acc"
  %".73" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".74" = load i32, ptr %".73", !alias.scope !4, !noalias !5
  %".75" = sext i32 %".74" to i64
  %".76" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".77" = load i16, ptr %".76", !alias.scope !4, !noalias !5
  %".78" = sitofp i16 %".77" to float
  %".79" = fmul float %".78", %".36"
  %".80" = getelementptr inbounds i16, ptr %"values.x.p", i64 %"idot64"
  %".81" = load i16, ptr %".80", !alias.scope !4, !noalias !5
  %".82" = sext i16 %".81" to i64
  %".83" = getelementptr inbounds i16, ptr %".10", i64 %".75"
  %".84" = load i16, ptr %".83", !alias.scope !6, !noalias !7
  %".85" = sext i16 %".84" to i64
  %".86" = mul i64 %".82", %".85"
  %".87" = add i64 %".72", %".86"
  store i64 %".87", i64* %"idot.acc"
  %".89" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.w", !0 }
!3 = !{ !"sgdc.buffer.level", !0 }
!4 = !{ !1 }
!5 = !{ !2, !3 }
!6 = !{ !2 }
!7 = !{ !1, !3 }
!8 = !{ !3 }
!9 = !{ !1, !2 }