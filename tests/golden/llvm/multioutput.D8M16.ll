; llvmlite 0.50.0
; ModuleID = "sgdc.multioutput"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"epoch." = load i64, ptr %".8"
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 18
  %"push." = load i64, ptr %".13"
  %".14" = getelementptr inbounds i64, ptr %"slots", i64 19
  %"share." = load i64, ptr %".14"
  %".15" = trunc i64 %"share." to i32
  %".16" = bitcast i32 %".15" to float
  %".17" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".20"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"master.b" = load i64, ptr %".21"
  %"master.b.p" = inttoptr i64 %"master.b" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 17
  %"base.b" = load i64, ptr %".22"
  %"base.b.p" = inttoptr i64 %"base.b" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.outputs" = load i64, ptr %".23"
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".46"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".61" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".61"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".79" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".79"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".99" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"t0." = load i64, ptr %".99"
  %"t1" = alloca float, i64 %"dim.outputs"
  %".111" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".111"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".112" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.d" = load i64, ptr %".112"
  %".123" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".123"
  %".124" = trunc i64 %"scale.x" to i32
  %".125" = bitcast i32 %".124" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".188" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".188"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %"norm2.acc" = alloca float
  %"t5.m" = alloca float, i64 %"dim.outputs"
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".17", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  %".24" = mul i64 1, %"dim.outputs"
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".34", %"cp.body"]
  %".26" = icmp slt i64 %"cp", %".24"
  br i1 %".26", label %"cp.body", label %"cp.done"
cp.body:
  %".28" = getelementptr inbounds i16, ptr %"master.b.p", i64 %"cp"
  %".29" = load atomic i16, ptr %".28" monotonic, align 2
  %".30" = getelementptr inbounds i16, ptr %"param.b.p", i64 %"cp"
  store i16 %".29", ptr %".30"
  %".32" = getelementptr inbounds i16, ptr %"base.b.p", i64 %"cp"
  store i16 %".29", ptr %".32"
  %".34" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".725", %"rows.done.endif"]
  %".38" = icmp slt i64 %"ex", %"end"
  br i1 %".38", label %"ex.body", label %"ex.done"
ex.body:
  %".40" = add i64 %"ex", 16
  %".41" = icmp slt i64 %".40", %"end"
  %".42" = select  i1 %".41", i64 %".40", i64 %"ex"
  %".43" = getelementptr inbounds i32, ptr %"order..p", i64 %".42"
  %".44" = load i32, ptr %".43"
  %".45" = sext i32 %".44" to i64
  %".47" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".45"
  call void @"llvm.prefetch.p0"(ptr %".47", i32 0, i32 3, i32 1)
  %".49" = add i64 %"ex", 8
  %".50" = icmp slt i64 %".49", %"end"
  %".51" = select  i1 %".50", i64 %".49", i64 %"ex"
  %".52" = getelementptr inbounds i32, ptr %"order..p", i64 %".51"
  %".53" = load i32, ptr %".52"
  %".54" = sext i32 %".53" to i64
  %".55" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".54"
  %".56" = load i64, ptr %".55"
  %".57" = add i64 %".54", 1
  %".58" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".57"
  %".59" = load i64, ptr %".58"
  %".60" = sub i64 %".59", %".56"
  %".62" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".56"
  %".63" = ptrtoint ptr %".62" to i64
  %".64" = and i64 %".63", 63
  %".65" = mul i64 %".60", 4
  %".66" = add i64 %".64", %".65"
  %".67" = add i64 %".66", 63
  %".68" = udiv i64 %".67", 64
  %".69" = icmp ult i64 %".68", 8
  %".70" = select  i1 %".69", i64 %".68", i64 8
  br label %"pfs.head"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".77", %"pfs.body"]
  %".72" = icmp slt i64 %"pfs", %".70"
  br i1 %".72", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".74" = mul i64 %"pfs", 64
  %".75" = getelementptr i8, ptr %".62", i64 %".74"
  call void @"llvm.prefetch.p0"(ptr %".75", i32 0, i32 3, i32 1)
  %".77" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".80" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".56"
  %".81" = ptrtoint ptr %".80" to i64
  %".82" = and i64 %".81", 63
  %".83" = mul i64 %".60", 1
  %".84" = add i64 %".82", %".83"
  %".85" = add i64 %".84", 63
  %".86" = udiv i64 %".85", 64
  %".87" = icmp ult i64 %".86", 8
  %".88" = select  i1 %".87", i64 %".86", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".95", %"pfs.body.1"]
  %".90" = icmp slt i64 %"pfs.1", %".88"
  br i1 %".90", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".92" = mul i64 %"pfs.1", 64
  %".93" = getelementptr i8, ptr %".80", i64 %".92"
  call void @"llvm.prefetch.p0"(ptr %".93", i32 0, i32 3, i32 1)
  %".95" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
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
  %".110" = getelementptr inbounds i16, ptr %"param.b.p", i64 0
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".186", %"mv.body.endif"]
  %".114" = icmp slt i64 %"mv", %"dim.outputs"
  br i1 %".114", label %"mv.body", label %"mv.done"
mv.body:
  %".116" = mul i64 %"mv", %"dim.d"
  %".117" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".116"
  %".118" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".98"
  %".119" = load i64, ptr %".118", !alias.scope !4, !noalias !5
  %".120" = add i64 %".98", 1
  %".121" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".120"
  %".122" = load i64, ptr %".121", !alias.scope !4, !noalias !5
  %".126" = fmul float %".125", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".128" = sub i64 %".122", %".119"
  %".129" = icmp sle i64 %".128", 516
  br i1 %".129", label %"mv.body.if", label %"mv.body.else"
mv.done:
  %".189" = mul i64 %".98", %"dim.outputs"
  %".190" = getelementptr inbounds float, ptr %"field.y.p", i64 %".189"
  store float              0x0, float* %"norm2.acc"
  br label %"norm2.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".181" = load i64, i64* %"idot.acc"
  %".182" = sitofp i64 %".181" to float
  %".183" = fmul float %".182", %".126"
  %".184" = getelementptr inbounds float, float* %"t1", i64 %"mv"
  store float %".183", float* %".184"
  %".186" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".119", %"mv.body.if"], [%".152", %"idot32.body"]
  %".133" = icmp slt i64 %"idot32", %".122"
  br i1 %".133", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".135" = load i32, i32* %"idot.acc32"
  %".136" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".137" = load i32, ptr %".136", !alias.scope !4, !noalias !5
  %".138" = sext i32 %".137" to i64
  %".139" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".140" = load i8, ptr %".139", !alias.scope !4, !noalias !5
  %".141" = sitofp i8 %".140" to float
  %".142" = fmul float %".141", %".125"
  %".143" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".144" = load i8, ptr %".143", !alias.scope !4, !noalias !5
  %".145" = sext i8 %".144" to i32
  %".146" = getelementptr inbounds i16, ptr %".117", i64 %".138"
  %".147" = load i16, ptr %".146", !alias.scope !6, !noalias !7
  %".148" = sext i16 %".147" to i32
  %".149" = mul i32 %".145", %".148"
  %".150" = add i32 %".135", %".149"
  store i32 %".150", i32* %"idot.acc32"
  %".152" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".154" = load i32, i32* %"idot.acc32"
  %".155" = sext i32 %".154" to i64
  store i64 %".155", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".119", %"mv.body.else"], [%".178", %"idot64.body"]
  %".159" = icmp slt i64 %"idot64", %".122"
  br i1 %".159", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".161" = load i64, i64* %"idot.acc"
  %".162" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".163" = load i32, ptr %".162", !alias.scope !4, !noalias !5
  %".164" = sext i32 %".163" to i64
  %".165" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".166" = load i8, ptr %".165", !alias.scope !4, !noalias !5
  %".167" = sitofp i8 %".166" to float
  %".168" = fmul float %".167", %".125"
  %".169" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".170" = load i8, ptr %".169", !alias.scope !4, !noalias !5
  %".171" = sext i8 %".170" to i64
  %".172" = getelementptr inbounds i16, ptr %".117", i64 %".164"
  %".173" = load i16, ptr %".172", !alias.scope !6, !noalias !7
  %".174" = sext i16 %".173" to i64
  %".175" = mul i64 %".171", %".174"
  %".176" = add i64 %".161", %".175"
  store i64 %".176", i64* %"idot.acc"
  %".178" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
norm2.head:
  %"norm2" = phi  i64 [0, %"mv.done"], [%".219", %"norm2.body"]
  %".193" = icmp slt i64 %"norm2", %"dim.outputs"
  br i1 %".193", label %"norm2.body", label %"norm2.done"
norm2.body:
  %".195" = load float, float* %"norm2.acc"
  %".196" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".197" = load float, float* %".196"
  %".198" = getelementptr inbounds i16, ptr %".110", i64 %"norm2"
  %".199" = load i16, ptr %".198", !alias.scope !8, !noalias !9
  %".200" = sitofp i16 %".199" to float
  %".201" = fmul float %".200", 0x3f30000000000000
  %".202" = fadd float %".197", %".201"
  %".203" = getelementptr inbounds float, ptr %".190", i64 %"norm2"
  %".204" = load float, ptr %".203", !alias.scope !4, !noalias !5
  %".205" = fsub float %".202", %".204"
  %".206" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".207" = load float, float* %".206"
  %".208" = getelementptr inbounds i16, ptr %".110", i64 %"norm2"
  %".209" = load i16, ptr %".208", !alias.scope !8, !noalias !9
  %".210" = sitofp i16 %".209" to float
  %".211" = fmul float %".210", 0x3f30000000000000
  %".212" = fadd float %".207", %".211"
  %".213" = getelementptr inbounds float, ptr %".190", i64 %"norm2"
  %".214" = load float, ptr %".213", !alias.scope !4, !noalias !5
  %".215" = fsub float %".212", %".214"
  %".216" = fmul float %".205", %".215"
  %".217" = fadd float %".195", %".216"
  store float %".217", float* %"norm2.acc"
  %".219" = add i64 %"norm2", 1
  br label %"norm2.head"
norm2.done:
  %".221" = load float, float* %"norm2.acc"
  %".222" = fmul float 0x3fe0000000000000, %".221"
  %".223" = fpext float %".222" to double
  %".224" = load double, double* %"loss.acc"
  %".225" = fadd double %".224", %".223"
  store double %".225", double* %"loss.acc"
  br label %"mat.head"
mat.head:
  %"mat" = phi  i64 [0, %"norm2.done"], [%".242", %"mat.body"]
  %".228" = icmp slt i64 %"mat", %"dim.outputs"
  br i1 %".228", label %"mat.body", label %"mat.done"
mat.body:
  %".230" = getelementptr inbounds float, float* %"t1", i64 %"mat"
  %".231" = load float, float* %".230"
  %".232" = getelementptr inbounds i16, ptr %".110", i64 %"mat"
  %".233" = load i16, ptr %".232", !alias.scope !8, !noalias !9
  %".234" = sitofp i16 %".233" to float
  %".235" = fmul float %".234", 0x3f30000000000000
  %".236" = fadd float %".231", %".235"
  %".237" = getelementptr inbounds float, ptr %".190", i64 %"mat"
  %".238" = load float, ptr %".237", !alias.scope !4, !noalias !5
  %".239" = fsub float %".236", %".238"
  %".240" = getelementptr inbounds float, float* %"t5.m", i64 %"mat"
  store float %".239", float* %".240"
  %".242" = add i64 %"mat", 1
  br label %"mat.head"
mat.done:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"mat.done"], [%".615", %"op.done"]
  %".245" = icmp slt i64 %"outer", %"dim.outputs"
  br i1 %".245", label %"outer.body", label %"outer.done"
outer.body:
  %".247" = mul i64 %"outer", %"dim.d"
  %".248" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".247"
  %".249" = getelementptr inbounds float, float* %"t5.m", i64 %"outer"
  %".250" = load float, float* %".249"
  %".251" = fmul float 0x3fe0000000000000, 0x3eb0c6f7a0000000
  %".252" = fsub float 0x3ff0000000000000, %".251"
  %".253" = fmul float 0x3fe0000000000000, %".250"
  %".254" = fmul float %".125", 0x40b0000000000000
  %".255" = fmul float %".253", %".254"
  %".256" = fcmp ogt float %".252", 0x4630000000000000
  %".257" = select  i1 %".256", float 0x4630000000000000, float %".252"
  %".258" = fcmp olt float %".257", 0xc630000000000000
  %".259" = select  i1 %".258", float 0xc630000000000000, float %".257"
  %".260" = fcmp uno float %".252", %".252"
  %".261" = fcmp uno float %".255", %".255"
  %".262" = or i1 %".260", %".261"
  %".263" = select  i1 %".262", float 0x3ff0000000000000, float %".259"
  %".264" = fcmp ogt float %".255", 0x4630000000000000
  %".265" = select  i1 %".264", float 0x4630000000000000, float %".255"
  %".266" = fcmp olt float %".265", 0xc630000000000000
  %".267" = select  i1 %".266", float 0xc630000000000000, float %".265"
  %".268" = fcmp uno float %".255", %".255"
  %".269" = fcmp uno float %".252", %".252"
  %".270" = or i1 %".268", %".269"
  %".271" = select  i1 %".270", float              0x0, float %".267"
  %".272" = mul i64 %"outer", %"dim.d"
  %".273" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".98"
  %".274" = load i64, ptr %".273", !alias.scope !4, !noalias !5
  %".275" = add i64 %".98", 1
  %".276" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".275"
  %".277" = load i64, ptr %".276", !alias.scope !4, !noalias !5
  %".278" = sub i64 %".277", %".274"
  %".279" = sdiv i64 %".278", 16
  br label %"spv.head"
outer.done:
  %".617" = fmul float 0x3fe0000000000000, 0x40b0000000000000
  br label %"rows.head"
spv.head:
  %"spv" = phi  i64 [0, %"outer.body"], [%".454", %"spv.body"]
  %".281" = icmp slt i64 %"spv", %".279"
  br i1 %".281", label %"spv.body", label %"spv.done"
spv.body:
  %".283" = mul i64 %"spv", 16
  %".284" = add i64 %".274", %".283"
  %".285" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".284"
  %".286" = load <16 x i32>, ptr %".285", align 4, !alias.scope !4, !noalias !5
  %".287" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".284"
  %".288" = load <16 x i8>, ptr %".287", align 1, !alias.scope !4, !noalias !5
  %".289" = sext <16 x i32> %".286" to <16 x i64>
  %".290" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".272", i32 0
  %".291" = shufflevector <16 x i64> %".290", <16 x i64> %".290", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".292" = add <16 x i64> %".289", %".291"
  %".293" = sitofp <16 x i8> %".288" to <16 x float>
  %".294" = extractelement <16 x i64> %".289", i32 0
  %".295" = getelementptr inbounds i16, ptr %".248", i64 %".294"
  %".296" = load i16, ptr %".295", !alias.scope !6, !noalias !7
  %".297" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".296", i32 0
  %".298" = extractelement <16 x i64> %".289", i32 1
  %".299" = getelementptr inbounds i16, ptr %".248", i64 %".298"
  %".300" = load i16, ptr %".299", !alias.scope !6, !noalias !7
  %".301" = insertelement <16 x i16> %".297", i16 %".300", i32 1
  %".302" = extractelement <16 x i64> %".289", i32 2
  %".303" = getelementptr inbounds i16, ptr %".248", i64 %".302"
  %".304" = load i16, ptr %".303", !alias.scope !6, !noalias !7
  %".305" = insertelement <16 x i16> %".301", i16 %".304", i32 2
  %".306" = extractelement <16 x i64> %".289", i32 3
  %".307" = getelementptr inbounds i16, ptr %".248", i64 %".306"
  %".308" = load i16, ptr %".307", !alias.scope !6, !noalias !7
  %".309" = insertelement <16 x i16> %".305", i16 %".308", i32 3
  %".310" = extractelement <16 x i64> %".289", i32 4
  %".311" = getelementptr inbounds i16, ptr %".248", i64 %".310"
  %".312" = load i16, ptr %".311", !alias.scope !6, !noalias !7
  %".313" = insertelement <16 x i16> %".309", i16 %".312", i32 4
  %".314" = extractelement <16 x i64> %".289", i32 5
  %".315" = getelementptr inbounds i16, ptr %".248", i64 %".314"
  %".316" = load i16, ptr %".315", !alias.scope !6, !noalias !7
  %".317" = insertelement <16 x i16> %".313", i16 %".316", i32 5
  %".318" = extractelement <16 x i64> %".289", i32 6
  %".319" = getelementptr inbounds i16, ptr %".248", i64 %".318"
  %".320" = load i16, ptr %".319", !alias.scope !6, !noalias !7
  %".321" = insertelement <16 x i16> %".317", i16 %".320", i32 6
  %".322" = extractelement <16 x i64> %".289", i32 7
  %".323" = getelementptr inbounds i16, ptr %".248", i64 %".322"
  %".324" = load i16, ptr %".323", !alias.scope !6, !noalias !7
  %".325" = insertelement <16 x i16> %".321", i16 %".324", i32 7
  %".326" = extractelement <16 x i64> %".289", i32 8
  %".327" = getelementptr inbounds i16, ptr %".248", i64 %".326"
  %".328" = load i16, ptr %".327", !alias.scope !6, !noalias !7
  %".329" = insertelement <16 x i16> %".325", i16 %".328", i32 8
  %".330" = extractelement <16 x i64> %".289", i32 9
  %".331" = getelementptr inbounds i16, ptr %".248", i64 %".330"
  %".332" = load i16, ptr %".331", !alias.scope !6, !noalias !7
  %".333" = insertelement <16 x i16> %".329", i16 %".332", i32 9
  %".334" = extractelement <16 x i64> %".289", i32 10
  %".335" = getelementptr inbounds i16, ptr %".248", i64 %".334"
  %".336" = load i16, ptr %".335", !alias.scope !6, !noalias !7
  %".337" = insertelement <16 x i16> %".333", i16 %".336", i32 10
  %".338" = extractelement <16 x i64> %".289", i32 11
  %".339" = getelementptr inbounds i16, ptr %".248", i64 %".338"
  %".340" = load i16, ptr %".339", !alias.scope !6, !noalias !7
  %".341" = insertelement <16 x i16> %".337", i16 %".340", i32 11
  %".342" = extractelement <16 x i64> %".289", i32 12
  %".343" = getelementptr inbounds i16, ptr %".248", i64 %".342"
  %".344" = load i16, ptr %".343", !alias.scope !6, !noalias !7
  %".345" = insertelement <16 x i16> %".341", i16 %".344", i32 12
  %".346" = extractelement <16 x i64> %".289", i32 13
  %".347" = getelementptr inbounds i16, ptr %".248", i64 %".346"
  %".348" = load i16, ptr %".347", !alias.scope !6, !noalias !7
  %".349" = insertelement <16 x i16> %".345", i16 %".348", i32 13
  %".350" = extractelement <16 x i64> %".289", i32 14
  %".351" = getelementptr inbounds i16, ptr %".248", i64 %".350"
  %".352" = load i16, ptr %".351", !alias.scope !6, !noalias !7
  %".353" = insertelement <16 x i16> %".349", i16 %".352", i32 14
  %".354" = extractelement <16 x i64> %".289", i32 15
  %".355" = getelementptr inbounds i16, ptr %".248", i64 %".354"
  %".356" = load i16, ptr %".355", !alias.scope !6, !noalias !7
  %".357" = insertelement <16 x i16> %".353", i16 %".356", i32 15
  %".358" = sitofp <16 x i16> %".357" to <16 x float>
  %".359" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".263", i32 0
  %".360" = shufflevector <16 x float> %".359", <16 x float> %".359", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".361" = fmul <16 x float> %".358", %".360"
  %".362" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".271", i32 0
  %".363" = shufflevector <16 x float> %".362", <16 x float> %".362", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".364" = fmul <16 x float> %".363", %".293"
  %".365" = fsub <16 x float> %".361", %".364"
  %".366" = xor i32 %".108", 0
  %".367" = lshr i32 %".366", 16
  %".368" = xor i32 %".366", %".367"
  %".369" = mul i32 %".368", 2146121005
  %".370" = lshr i32 %".369", 15
  %".371" = xor i32 %".369", %".370"
  %".372" = mul i32 %".371", 2221713035
  %".373" = lshr i32 %".372", 16
  %".374" = xor i32 %".372", %".373"
  %".375" = trunc <16 x i64> %".292" to <16 x i32>
  %".376" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".374", i32 0
  %".377" = shufflevector <16 x i32> %".376", <16 x i32> %".376", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".378" = mul <16 x i32> %".375", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".379" = add <16 x i32> %".377", %".378"
  %".380" = lshr <16 x i32> %".379", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".381" = uitofp <16 x i32> %".380" to <16 x float>
  %".382" = fmul <16 x float> %".381", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".383" = fadd <16 x float> %".365", %".382"
  %".384" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".383")
  %".385" = fcmp ogt <16 x float> %".384", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".386" = select  <16 x i1> %".385", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".384"
  %".387" = fcmp olt <16 x float> %".386", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".388" = select  <16 x i1> %".387", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".386"
  %".389" = fptosi <16 x float> %".388" to <16 x i16>
  %".390" = extractelement <16 x i16> %".389", i32 0
  %".391" = extractelement <16 x i64> %".289", i32 0
  %".392" = getelementptr inbounds i16, ptr %".248", i64 %".391"
  store i16 %".390", ptr %".392", !alias.scope !6, !noalias !7
  %".394" = extractelement <16 x i16> %".389", i32 1
  %".395" = extractelement <16 x i64> %".289", i32 1
  %".396" = getelementptr inbounds i16, ptr %".248", i64 %".395"
  store i16 %".394", ptr %".396", !alias.scope !6, !noalias !7
  %".398" = extractelement <16 x i16> %".389", i32 2
  %".399" = extractelement <16 x i64> %".289", i32 2
  %".400" = getelementptr inbounds i16, ptr %".248", i64 %".399"
  store i16 %".398", ptr %".400", !alias.scope !6, !noalias !7
  %".402" = extractelement <16 x i16> %".389", i32 3
  %".403" = extractelement <16 x i64> %".289", i32 3
  %".404" = getelementptr inbounds i16, ptr %".248", i64 %".403"
  store i16 %".402", ptr %".404", !alias.scope !6, !noalias !7
  %".406" = extractelement <16 x i16> %".389", i32 4
  %".407" = extractelement <16 x i64> %".289", i32 4
  %".408" = getelementptr inbounds i16, ptr %".248", i64 %".407"
  store i16 %".406", ptr %".408", !alias.scope !6, !noalias !7
  %".410" = extractelement <16 x i16> %".389", i32 5
  %".411" = extractelement <16 x i64> %".289", i32 5
  %".412" = getelementptr inbounds i16, ptr %".248", i64 %".411"
  store i16 %".410", ptr %".412", !alias.scope !6, !noalias !7
  %".414" = extractelement <16 x i16> %".389", i32 6
  %".415" = extractelement <16 x i64> %".289", i32 6
  %".416" = getelementptr inbounds i16, ptr %".248", i64 %".415"
  store i16 %".414", ptr %".416", !alias.scope !6, !noalias !7
  %".418" = extractelement <16 x i16> %".389", i32 7
  %".419" = extractelement <16 x i64> %".289", i32 7
  %".420" = getelementptr inbounds i16, ptr %".248", i64 %".419"
  store i16 %".418", ptr %".420", !alias.scope !6, !noalias !7
  %".422" = extractelement <16 x i16> %".389", i32 8
  %".423" = extractelement <16 x i64> %".289", i32 8
  %".424" = getelementptr inbounds i16, ptr %".248", i64 %".423"
  store i16 %".422", ptr %".424", !alias.scope !6, !noalias !7
  %".426" = extractelement <16 x i16> %".389", i32 9
  %".427" = extractelement <16 x i64> %".289", i32 9
  %".428" = getelementptr inbounds i16, ptr %".248", i64 %".427"
  store i16 %".426", ptr %".428", !alias.scope !6, !noalias !7
  %".430" = extractelement <16 x i16> %".389", i32 10
  %".431" = extractelement <16 x i64> %".289", i32 10
  %".432" = getelementptr inbounds i16, ptr %".248", i64 %".431"
  store i16 %".430", ptr %".432", !alias.scope !6, !noalias !7
  %".434" = extractelement <16 x i16> %".389", i32 11
  %".435" = extractelement <16 x i64> %".289", i32 11
  %".436" = getelementptr inbounds i16, ptr %".248", i64 %".435"
  store i16 %".434", ptr %".436", !alias.scope !6, !noalias !7
  %".438" = extractelement <16 x i16> %".389", i32 12
  %".439" = extractelement <16 x i64> %".289", i32 12
  %".440" = getelementptr inbounds i16, ptr %".248", i64 %".439"
  store i16 %".438", ptr %".440", !alias.scope !6, !noalias !7
  %".442" = extractelement <16 x i16> %".389", i32 13
  %".443" = extractelement <16 x i64> %".289", i32 13
  %".444" = getelementptr inbounds i16, ptr %".248", i64 %".443"
  store i16 %".442", ptr %".444", !alias.scope !6, !noalias !7
  %".446" = extractelement <16 x i16> %".389", i32 14
  %".447" = extractelement <16 x i64> %".289", i32 14
  %".448" = getelementptr inbounds i16, ptr %".248", i64 %".447"
  store i16 %".446", ptr %".448", !alias.scope !6, !noalias !7
  %".450" = extractelement <16 x i16> %".389", i32 15
  %".451" = extractelement <16 x i64> %".289", i32 15
  %".452" = getelementptr inbounds i16, ptr %".248", i64 %".451"
  store i16 %".450", ptr %".452", !alias.scope !6, !noalias !7
  %".454" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".456" = mul i64 %".279", 16
  %".457" = add i64 %".274", %".456"
  %".458" = sub i64 %".277", %".457"
  %".459" = sdiv i64 %".458", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".570", %"spv.body.1"]
  %".461" = icmp slt i64 %"spv.1", %".459"
  br i1 %".461", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".463" = mul i64 %"spv.1", 8
  %".464" = add i64 %".457", %".463"
  %".465" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".464"
  %".466" = load <8 x i32>, ptr %".465", align 4, !alias.scope !4, !noalias !5
  %".467" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".464"
  %".468" = load <8 x i8>, ptr %".467", align 1, !alias.scope !4, !noalias !5
  %".469" = sext <8 x i32> %".466" to <8 x i64>
  %".470" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".272", i32 0
  %".471" = shufflevector <8 x i64> %".470", <8 x i64> %".470", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".472" = add <8 x i64> %".469", %".471"
  %".473" = sitofp <8 x i8> %".468" to <8 x float>
  %".474" = extractelement <8 x i64> %".469", i32 0
  %".475" = getelementptr inbounds i16, ptr %".248", i64 %".474"
  %".476" = load i16, ptr %".475", !alias.scope !6, !noalias !7
  %".477" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".476", i32 0
  %".478" = extractelement <8 x i64> %".469", i32 1
  %".479" = getelementptr inbounds i16, ptr %".248", i64 %".478"
  %".480" = load i16, ptr %".479", !alias.scope !6, !noalias !7
  %".481" = insertelement <8 x i16> %".477", i16 %".480", i32 1
  %".482" = extractelement <8 x i64> %".469", i32 2
  %".483" = getelementptr inbounds i16, ptr %".248", i64 %".482"
  %".484" = load i16, ptr %".483", !alias.scope !6, !noalias !7
  %".485" = insertelement <8 x i16> %".481", i16 %".484", i32 2
  %".486" = extractelement <8 x i64> %".469", i32 3
  %".487" = getelementptr inbounds i16, ptr %".248", i64 %".486"
  %".488" = load i16, ptr %".487", !alias.scope !6, !noalias !7
  %".489" = insertelement <8 x i16> %".485", i16 %".488", i32 3
  %".490" = extractelement <8 x i64> %".469", i32 4
  %".491" = getelementptr inbounds i16, ptr %".248", i64 %".490"
  %".492" = load i16, ptr %".491", !alias.scope !6, !noalias !7
  %".493" = insertelement <8 x i16> %".489", i16 %".492", i32 4
  %".494" = extractelement <8 x i64> %".469", i32 5
  %".495" = getelementptr inbounds i16, ptr %".248", i64 %".494"
  %".496" = load i16, ptr %".495", !alias.scope !6, !noalias !7
  %".497" = insertelement <8 x i16> %".493", i16 %".496", i32 5
  %".498" = extractelement <8 x i64> %".469", i32 6
  %".499" = getelementptr inbounds i16, ptr %".248", i64 %".498"
  %".500" = load i16, ptr %".499", !alias.scope !6, !noalias !7
  %".501" = insertelement <8 x i16> %".497", i16 %".500", i32 6
  %".502" = extractelement <8 x i64> %".469", i32 7
  %".503" = getelementptr inbounds i16, ptr %".248", i64 %".502"
  %".504" = load i16, ptr %".503", !alias.scope !6, !noalias !7
  %".505" = insertelement <8 x i16> %".501", i16 %".504", i32 7
  %".506" = sitofp <8 x i16> %".505" to <8 x float>
  %".507" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".263", i32 0
  %".508" = shufflevector <8 x float> %".507", <8 x float> %".507", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".509" = fmul <8 x float> %".506", %".508"
  %".510" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".271", i32 0
  %".511" = shufflevector <8 x float> %".510", <8 x float> %".510", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".512" = fmul <8 x float> %".511", %".473"
  %".513" = fsub <8 x float> %".509", %".512"
  %".514" = xor i32 %".108", 0
  %".515" = lshr i32 %".514", 16
  %".516" = xor i32 %".514", %".515"
  %".517" = mul i32 %".516", 2146121005
  %".518" = lshr i32 %".517", 15
  %".519" = xor i32 %".517", %".518"
  %".520" = mul i32 %".519", 2221713035
  %".521" = lshr i32 %".520", 16
  %".522" = xor i32 %".520", %".521"
  %".523" = trunc <8 x i64> %".472" to <8 x i32>
  %".524" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".522", i32 0
  %".525" = shufflevector <8 x i32> %".524", <8 x i32> %".524", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".526" = mul <8 x i32> %".523", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".527" = add <8 x i32> %".525", %".526"
  %".528" = lshr <8 x i32> %".527", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".529" = uitofp <8 x i32> %".528" to <8 x float>
  %".530" = fmul <8 x float> %".529", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".531" = fadd <8 x float> %".513", %".530"
  %".532" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".531")
  %".533" = fcmp ogt <8 x float> %".532", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".534" = select  <8 x i1> %".533", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".532"
  %".535" = fcmp olt <8 x float> %".534", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".536" = select  <8 x i1> %".535", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".534"
  %".537" = fptosi <8 x float> %".536" to <8 x i16>
  %".538" = extractelement <8 x i16> %".537", i32 0
  %".539" = extractelement <8 x i64> %".469", i32 0
  %".540" = getelementptr inbounds i16, ptr %".248", i64 %".539"
  store i16 %".538", ptr %".540", !alias.scope !6, !noalias !7
  %".542" = extractelement <8 x i16> %".537", i32 1
  %".543" = extractelement <8 x i64> %".469", i32 1
  %".544" = getelementptr inbounds i16, ptr %".248", i64 %".543"
  store i16 %".542", ptr %".544", !alias.scope !6, !noalias !7
  %".546" = extractelement <8 x i16> %".537", i32 2
  %".547" = extractelement <8 x i64> %".469", i32 2
  %".548" = getelementptr inbounds i16, ptr %".248", i64 %".547"
  store i16 %".546", ptr %".548", !alias.scope !6, !noalias !7
  %".550" = extractelement <8 x i16> %".537", i32 3
  %".551" = extractelement <8 x i64> %".469", i32 3
  %".552" = getelementptr inbounds i16, ptr %".248", i64 %".551"
  store i16 %".550", ptr %".552", !alias.scope !6, !noalias !7
  %".554" = extractelement <8 x i16> %".537", i32 4
  %".555" = extractelement <8 x i64> %".469", i32 4
  %".556" = getelementptr inbounds i16, ptr %".248", i64 %".555"
  store i16 %".554", ptr %".556", !alias.scope !6, !noalias !7
  %".558" = extractelement <8 x i16> %".537", i32 5
  %".559" = extractelement <8 x i64> %".469", i32 5
  %".560" = getelementptr inbounds i16, ptr %".248", i64 %".559"
  store i16 %".558", ptr %".560", !alias.scope !6, !noalias !7
  %".562" = extractelement <8 x i16> %".537", i32 6
  %".563" = extractelement <8 x i64> %".469", i32 6
  %".564" = getelementptr inbounds i16, ptr %".248", i64 %".563"
  store i16 %".562", ptr %".564", !alias.scope !6, !noalias !7
  %".566" = extractelement <8 x i16> %".537", i32 7
  %".567" = extractelement <8 x i64> %".469", i32 7
  %".568" = getelementptr inbounds i16, ptr %".248", i64 %".567"
  store i16 %".566", ptr %".568", !alias.scope !6, !noalias !7
  %".570" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".572" = mul i64 %".459", 8
  %".573" = add i64 %".457", %".572"
  br label %"op.head"
op.head:
  %"op" = phi  i64 [%".573", %"spv.done.1"], [%".613", %"op.body"]
  %".575" = icmp slt i64 %"op", %".277"
  br i1 %".575", label %"op.body", label %"op.done"
op.body:
  %".577" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".578" = load i32, ptr %".577", !alias.scope !4, !noalias !5
  %".579" = sext i32 %".578" to i64
  %".580" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"op"
  %".581" = load i8, ptr %".580", !alias.scope !4, !noalias !5
  %".582" = sitofp i8 %".581" to float
  %".583" = add i64 %".272", %".579"
  %".584" = getelementptr inbounds i16, ptr %".248", i64 %".579"
  %".585" = load i16, ptr %".584", !alias.scope !6, !noalias !7
  %".586" = sitofp i16 %".585" to float
  %".587" = fmul float %".586", %".263"
  %".588" = fmul float %".271", %".582"
  %".589" = fsub float %".587", %".588"
  %".590" = xor i32 %".108", 0
  %".591" = lshr i32 %".590", 16
  %".592" = xor i32 %".590", %".591"
  %".593" = mul i32 %".592", 2146121005
  %".594" = lshr i32 %".593", 15
  %".595" = xor i32 %".593", %".594"
  %".596" = mul i32 %".595", 2221713035
  %".597" = lshr i32 %".596", 16
  %".598" = xor i32 %".596", %".597"
  %".599" = trunc i64 %".583" to i32
  %".600" = mul i32 %".599", 2654435769
  %".601" = add i32 %".598", %".600"
  %".602" = lshr i32 %".601", 8
  %".603" = uitofp i32 %".602" to float
  %".604" = fmul float %".603", 0x3e70000000000000
  %".605" = fadd float %".589", %".604"
  %".606" = call float @"llvm.floor.f32"(float %".605")
  %".607" = fcmp ogt float %".606", 0x40dfffc000000000
  %".608" = select  i1 %".607", float 0x40dfffc000000000, float %".606"
  %".609" = fcmp olt float %".608", 0xc0dfffc000000000
  %".610" = select  i1 %".609", float 0xc0dfffc000000000, float %".608"
  %".611" = fptosi float %".610" to i16
  store i16 %".611", ptr %".584", !alias.scope !6, !noalias !7
  %".613" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".615" = add i64 %"outer", 1
  br label %"outer.head"
rows.head:
  %"rows" = phi  i64 [0, %"outer.done"], [%".661", %"rows.body"]
  %".619" = icmp slt i64 %"rows", %"dim.outputs"
  br i1 %".619", label %"rows.body", label %"rows.done"
rows.body:
  %".621" = getelementptr inbounds float, float* %"t1", i64 %"rows"
  %".622" = load float, float* %".621"
  %".623" = getelementptr inbounds i16, ptr %".110", i64 %"rows"
  %".624" = load i16, ptr %".623", !alias.scope !8, !noalias !9
  %".625" = sitofp i16 %".624" to float
  %".626" = fmul float %".625", 0x3f30000000000000
  %".627" = fadd float %".622", %".626"
  %".628" = getelementptr inbounds float, ptr %".190", i64 %"rows"
  %".629" = load float, ptr %".628", !alias.scope !4, !noalias !5
  %".630" = fsub float %".627", %".629"
  %".631" = getelementptr inbounds i16, ptr %".110", i64 %"rows"
  %".632" = load i16, ptr %".631", !alias.scope !8, !noalias !9
  %".633" = sitofp i16 %".632" to float
  %".634" = fmul float %".630", %".617"
  %".635" = fsub float %".633", %".634"
  %".636" = xor i32 %".108", 2654435769
  %".637" = lshr i32 %".636", 16
  %".638" = xor i32 %".636", %".637"
  %".639" = mul i32 %".638", 2146121005
  %".640" = lshr i32 %".639", 15
  %".641" = xor i32 %".639", %".640"
  %".642" = mul i32 %".641", 2221713035
  %".643" = lshr i32 %".642", 16
  %".644" = xor i32 %".642", %".643"
  %".645" = trunc i64 %"rows" to i32
  %".646" = mul i32 %".645", 2654435769
  %".647" = add i32 %".644", %".646"
  %".648" = lshr i32 %".647", 8
  %".649" = uitofp i32 %".648" to float
  %".650" = fmul float %".649", 0x3e70000000000000
  %".651" = fadd float %".635", %".650"
  %".652" = call float @"llvm.floor.f32"(float %".651")
  %".653" = fcmp ogt float %".652", 0x40dfffc000000000
  %".654" = select  i1 %".653", float 0x40dfffc000000000, float %".652"
  %".655" = fcmp olt float %".654", 0xc0dfffc000000000
  %".656" = select  i1 %".655", float 0xc0dfffc000000000, float %".654"
  %".657" = fcmp uno float %".656", %".656"
  %".658" = select  i1 %".657", float              0x0, float %".656"
  %".659" = fptosi float %".658" to i16
  store i16 %".659", ptr %".631", !alias.scope !8, !noalias !9
  %".661" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".17", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".664" = load i64, i64* %"push.left"
  %".665" = sub i64 %".664", 1
  store i64 %".665", i64* %"push.left"
  %".667" = icmp sle i64 %".665", 0
  br i1 %".667", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".725" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  %".669" = mul i64 1, %"dim.outputs"
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".720", %"cas.done"]
  %".671" = icmp slt i64 %"cp.1", %".669"
  br i1 %".671", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".673" = getelementptr inbounds i16, ptr %"param.b.p", i64 %"cp.1"
  %".674" = getelementptr inbounds i16, ptr %"base.b.p", i64 %"cp.1"
  %".675" = getelementptr inbounds i16, ptr %"master.b.p", i64 %"cp.1"
  %".676" = load i16, ptr %".673"
  %".677" = load i16, ptr %".674"
  %".678" = sext i16 %".676" to i32
  %".679" = sext i16 %".677" to i32
  %".680" = sub i32 %".678", %".679"
  %".681" = sitofp i32 %".680" to float
  %".682" = fmul float %".681", %".16"
  %".683" = trunc i64 %"ex" to i32
  %".684" = mul i32 %".683", 2654435769
  %".685" = trunc i64 %"cp.1" to i32
  %".686" = mul i32 %".685", 2246822507
  %".687" = xor i32 %".684", %".686"
  %".688" = lshr i32 %".687", 16
  %".689" = xor i32 %".687", %".688"
  %".690" = mul i32 %".689", 2146121005
  %".691" = lshr i32 %".690", 15
  %".692" = xor i32 %".690", %".691"
  %".693" = mul i32 %".692", 2221713035
  %".694" = lshr i32 %".693", 16
  %".695" = xor i32 %".693", %".694"
  %".696" = lshr i32 %".695", 8
  %".697" = uitofp i32 %".696" to float
  %".698" = fmul float %".697", 0x3e70000000000000
  %".699" = fadd float %".682", %".698"
  %".700" = call float @"llvm.floor.f32"(float %".699")
  %".701" = fptosi float %".700" to i32
  %".702" = load atomic i16, ptr %".675" monotonic, align 2
  br label %"cas.head"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
cas.head:
  %".704" = phi  i16 [%".702", %"cp.body.1"], [%".715", %"cas.again"]
  %".705" = sext i16 %".704" to i32
  %".706" = add i32 %".705", %".701"
  %".707" = icmp sgt i32 %".706", 32767
  %".708" = select  i1 %".707", i32 32767, i32 %".706"
  %".709" = icmp slt i32 %".708", -32767
  %".710" = select  i1 %".709", i32 -32767, i32 %".708"
  %".711" = trunc i32 %".710" to i16
  %".712" = cmpxchg ptr %".675", i16 %".704", i16 %".711" monotonic monotonic
  %".713" = extractvalue {i16, i1} %".712", 1
  br i1 %".713", label %"cas.done", label %"cas.again"
cas.again:
  %".715" = extractvalue {i16, i1} %".712", 0
  br label %"cas.head"
cas.done:
  %".717" = load atomic i16, ptr %".675" monotonic, align 2
  store i16 %".717", ptr %".673"
  store i16 %".717", ptr %".674"
  %".720" = add i64 %"cp.1", 1
  br label %"cp.head.1"
ex.done.if:
  %".728" = mul i64 1, %"dim.outputs"
  br label %"cp.head.2"
ex.done.endif:
  %".782" = load double, double* %"loss.acc"
  store double %".782", ptr %"out"
  %".784" = load i32, i32* %"rng.state"
  store i32 %".784", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".779", %"cas.done.1"]
  %".730" = icmp slt i64 %"cp.2", %".728"
  br i1 %".730", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".732" = getelementptr inbounds i16, ptr %"param.b.p", i64 %"cp.2"
  %".733" = getelementptr inbounds i16, ptr %"base.b.p", i64 %"cp.2"
  %".734" = getelementptr inbounds i16, ptr %"master.b.p", i64 %"cp.2"
  %".735" = load i16, ptr %".732"
  %".736" = load i16, ptr %".733"
  %".737" = sext i16 %".735" to i32
  %".738" = sext i16 %".736" to i32
  %".739" = sub i32 %".737", %".738"
  %".740" = sitofp i32 %".739" to float
  %".741" = fmul float %".740", %".16"
  %".742" = trunc i64 %"end" to i32
  %".743" = mul i32 %".742", 2654435769
  %".744" = trunc i64 %"cp.2" to i32
  %".745" = mul i32 %".744", 2246822507
  %".746" = xor i32 %".743", %".745"
  %".747" = lshr i32 %".746", 16
  %".748" = xor i32 %".746", %".747"
  %".749" = mul i32 %".748", 2146121005
  %".750" = lshr i32 %".749", 15
  %".751" = xor i32 %".749", %".750"
  %".752" = mul i32 %".751", 2221713035
  %".753" = lshr i32 %".752", 16
  %".754" = xor i32 %".752", %".753"
  %".755" = lshr i32 %".754", 8
  %".756" = uitofp i32 %".755" to float
  %".757" = fmul float %".756", 0x3e70000000000000
  %".758" = fadd float %".741", %".757"
  %".759" = call float @"llvm.floor.f32"(float %".758")
  %".760" = fptosi float %".759" to i32
  %".761" = load atomic i16, ptr %".734" monotonic, align 2
  br label %"cas.head.1"
cp.done.2:
  br label %"ex.done.endif"
cas.head.1:
  %".763" = phi  i16 [%".761", %"cp.body.2"], [%".774", %"cas.again.1"]
  %".764" = sext i16 %".763" to i32
  %".765" = add i32 %".764", %".760"
  %".766" = icmp sgt i32 %".765", 32767
  %".767" = select  i1 %".766", i32 32767, i32 %".765"
  %".768" = icmp slt i32 %".767", -32767
  %".769" = select  i1 %".768", i32 -32767, i32 %".767"
  %".770" = trunc i32 %".769" to i16
  %".771" = cmpxchg ptr %".734", i16 %".763", i16 %".770" monotonic monotonic
  %".772" = extractvalue {i16, i1} %".771", 1
  br i1 %".772", label %"cas.done.1", label %"cas.again.1"
cas.again.1:
  %".774" = extractvalue {i16, i1} %".771", 0
  br label %"cas.head.1"
cas.done.1:
  %".776" = load atomic i16, ptr %".734" monotonic, align 2
  store i16 %".776", ptr %".732"
  store i16 %".776", ptr %".733"
  %".779" = add i64 %"cp.2", 1
  br label %"cp.head.2"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

declare <8 x float> @"llvm.floor.v8f32"(<8 x float> %".1")

declare float @"llvm.floor.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".9"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.outputs" = load i64, ptr %".11"
  %"p0" = alloca float, i64 %"dim.outputs"
  %".12" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".12"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.d" = load i64, ptr %".13"
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".25"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".26"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".27" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".27"
  %".28" = trunc i64 %"scale.x" to i32
  %".29" = bitcast i32 %".28" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".109", %"out.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.b.p", i64 0
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".90", %"mv.body.endif"]
  %".15" = icmp slt i64 %"mv", %"dim.outputs"
  br i1 %".15", label %"mv.body", label %"mv.done"
mv.body:
  %".17" = mul i64 %"mv", %"dim.d"
  %".18" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".17"
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".21" = load i64, ptr %".20", !alias.scope !4, !noalias !5
  %".22" = add i64 %"ex", 1
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".22"
  %".24" = load i64, ptr %".23", !alias.scope !4, !noalias !5
  %".30" = fmul float %".29", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".32" = sub i64 %".24", %".21"
  %".33" = icmp sle i64 %".32", 516
  br i1 %".33", label %"mv.body.if", label %"mv.body.else"
mv.done:
  %".92" = mul i64 %"ex", %"dim.outputs"
  br label %"out.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".85" = load i64, i64* %"idot.acc"
  %".86" = sitofp i64 %".85" to float
  %".87" = fmul float %".86", %".30"
  %".88" = getelementptr inbounds float, float* %"p0", i64 %"mv"
  store float %".87", float* %".88"
  %".90" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".21", %"mv.body.if"], [%".56", %"idot32.body"]
  %".37" = icmp slt i64 %"idot32", %".24"
  br i1 %".37", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".39" = load i32, i32* %"idot.acc32"
  %".40" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".41" = load i32, ptr %".40", !alias.scope !4, !noalias !5
  %".42" = sext i32 %".41" to i64
  %".43" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".44" = load i8, ptr %".43", !alias.scope !4, !noalias !5
  %".45" = sitofp i8 %".44" to float
  %".46" = fmul float %".45", %".29"
  %".47" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".48" = load i8, ptr %".47", !alias.scope !4, !noalias !5
  %".49" = sext i8 %".48" to i32
  %".50" = getelementptr inbounds i16, ptr %".18", i64 %".42"
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
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".21", %"mv.body.else"], [%".82", %"idot64.body"]
  %".63" = icmp slt i64 %"idot64", %".24"
  br i1 %".63", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".65" = load i64, i64* %"idot.acc"
  %".66" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".67" = load i32, ptr %".66", !alias.scope !4, !noalias !5
  %".68" = sext i32 %".67" to i64
  %".69" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".70" = load i8, ptr %".69", !alias.scope !4, !noalias !5
  %".71" = sitofp i8 %".70" to float
  %".72" = fmul float %".71", %".29"
  %".73" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".74" = load i8, ptr %".73", !alias.scope !4, !noalias !5
  %".75" = sext i8 %".74" to i64
  %".76" = getelementptr inbounds i16, ptr %".18", i64 %".68"
  %".77" = load i16, ptr %".76", !alias.scope !6, !noalias !7
  %".78" = sext i16 %".77" to i64
  %".79" = mul i64 %".75", %".78"
  %".80" = add i64 %".65", %".79"
  store i64 %".80", i64* %"idot.acc"
  %".82" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
out.head:
  %"out.1" = phi  i64 [0, %"mv.done"], [%".107", %"out.body"]
  %".94" = icmp slt i64 %"out.1", %"dim.outputs"
  br i1 %".94", label %"out.body", label %"out.done"
out.body:
  %".96" = getelementptr inbounds float, float* %"p0", i64 %"out.1"
  %".97" = load float, float* %".96"
  %".98" = getelementptr inbounds i16, ptr %".10", i64 %"out.1"
  %".99" = load i16, ptr %".98", !alias.scope !8, !noalias !9
  %".100" = sitofp i16 %".99" to float
  %".101" = fmul float %".100", 0x3f30000000000000
  %".102" = fadd float %".97", %".101"
  %".103" = fpext float %".102" to double
  %".104" = add i64 %".92", %"out.1"
  %".105" = getelementptr inbounds double, ptr %"out", i64 %".104"
  store double %".103", ptr %".105"
  %".107" = add i64 %"out.1", 1
  br label %"out.head"
out.done:
  %".109" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".9"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.outputs" = load i64, ptr %".11"
  %"t1" = alloca float, i64 %"dim.outputs"
  %".12" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".12"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.d" = load i64, ptr %".13"
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".25"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".26"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".27" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".27"
  %".28" = trunc i64 %"scale.x" to i32
  %".29" = bitcast i32 %".28" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".92" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".92"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %"norm2.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".130", %"norm2.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.b.p", i64 0
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".90", %"mv.body.endif"]
  %".15" = icmp slt i64 %"mv", %"dim.outputs"
  br i1 %".15", label %"mv.body", label %"mv.done"
mv.body:
  %".17" = mul i64 %"mv", %"dim.d"
  %".18" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".17"
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".21" = load i64, ptr %".20", !alias.scope !4, !noalias !5
  %".22" = add i64 %"ex", 1
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".22"
  %".24" = load i64, ptr %".23", !alias.scope !4, !noalias !5
  %".30" = fmul float %".29", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".32" = sub i64 %".24", %".21"
  %".33" = icmp sle i64 %".32", 516
  br i1 %".33", label %"mv.body.if", label %"mv.body.else"
mv.done:
  %".93" = mul i64 %"ex", %"dim.outputs"
  %".94" = getelementptr inbounds float, ptr %"field.y.p", i64 %".93"
  store float              0x0, float* %"norm2.acc"
  br label %"norm2.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".85" = load i64, i64* %"idot.acc"
  %".86" = sitofp i64 %".85" to float
  %".87" = fmul float %".86", %".30"
  %".88" = getelementptr inbounds float, float* %"t1", i64 %"mv"
  store float %".87", float* %".88"
  %".90" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".21", %"mv.body.if"], [%".56", %"idot32.body"]
  %".37" = icmp slt i64 %"idot32", %".24"
  br i1 %".37", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".39" = load i32, i32* %"idot.acc32"
  %".40" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".41" = load i32, ptr %".40", !alias.scope !4, !noalias !5
  %".42" = sext i32 %".41" to i64
  %".43" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".44" = load i8, ptr %".43", !alias.scope !4, !noalias !5
  %".45" = sitofp i8 %".44" to float
  %".46" = fmul float %".45", %".29"
  %".47" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".48" = load i8, ptr %".47", !alias.scope !4, !noalias !5
  %".49" = sext i8 %".48" to i32
  %".50" = getelementptr inbounds i16, ptr %".18", i64 %".42"
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
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".21", %"mv.body.else"], [%".82", %"idot64.body"]
  %".63" = icmp slt i64 %"idot64", %".24"
  br i1 %".63", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".65" = load i64, i64* %"idot.acc"
  %".66" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".67" = load i32, ptr %".66", !alias.scope !4, !noalias !5
  %".68" = sext i32 %".67" to i64
  %".69" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".70" = load i8, ptr %".69", !alias.scope !4, !noalias !5
  %".71" = sitofp i8 %".70" to float
  %".72" = fmul float %".71", %".29"
  %".73" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".74" = load i8, ptr %".73", !alias.scope !4, !noalias !5
  %".75" = sext i8 %".74" to i64
  %".76" = getelementptr inbounds i16, ptr %".18", i64 %".68"
  %".77" = load i16, ptr %".76", !alias.scope !6, !noalias !7
  %".78" = sext i16 %".77" to i64
  %".79" = mul i64 %".75", %".78"
  %".80" = add i64 %".65", %".79"
  store i64 %".80", i64* %"idot.acc"
  %".82" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
norm2.head:
  %"norm2" = phi  i64 [0, %"mv.done"], [%".123", %"norm2.body"]
  %".97" = icmp slt i64 %"norm2", %"dim.outputs"
  br i1 %".97", label %"norm2.body", label %"norm2.done"
norm2.body:
  %".99" = load float, float* %"norm2.acc"
  %".100" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".101" = load float, float* %".100"
  %".102" = getelementptr inbounds i16, ptr %".10", i64 %"norm2"
  %".103" = load i16, ptr %".102", !alias.scope !8, !noalias !9
  %".104" = sitofp i16 %".103" to float
  %".105" = fmul float %".104", 0x3f30000000000000
  %".106" = fadd float %".101", %".105"
  %".107" = getelementptr inbounds float, ptr %".94", i64 %"norm2"
  %".108" = load float, ptr %".107", !alias.scope !4, !noalias !5
  %".109" = fsub float %".106", %".108"
  %".110" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".111" = load float, float* %".110"
  %".112" = getelementptr inbounds i16, ptr %".10", i64 %"norm2"
  %".113" = load i16, ptr %".112", !alias.scope !8, !noalias !9
  %".114" = sitofp i16 %".113" to float
  %".115" = fmul float %".114", 0x3f30000000000000
  %".116" = fadd float %".111", %".115"
  %".117" = getelementptr inbounds float, ptr %".94", i64 %"norm2"
  %".118" = load float, ptr %".117", !alias.scope !4, !noalias !5
  %".119" = fsub float %".116", %".118"
  %".120" = fmul float %".109", %".119"
  %".121" = fadd float %".99", %".120"
  store float %".121", float* %"norm2.acc"
  %".123" = add i64 %"norm2", 1
  br label %"norm2.head"
norm2.done:
  %".125" = load float, float* %"norm2.acc"
  %".126" = fmul float 0x3fe0000000000000, %".125"
  %".127" = fpext float %".126" to double
  %".128" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".127", ptr %".128"
  %".130" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.W", !0 }
!3 = !{ !"sgdc.buffer.b", !0 }
!4 = !{ !1 }
!5 = !{ !2, !3 }
!6 = !{ !2 }
!7 = !{ !1, !3 }
!8 = !{ !3 }
!9 = !{ !1, !2 }