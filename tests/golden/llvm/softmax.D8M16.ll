; llvmlite 0.50.0
; ModuleID = "sgdc.softmax"
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
  %"dim.classes" = load i64, ptr %".23"
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".46"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".49" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".49"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".64" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".64"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".82" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".82"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".103" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.d" = load i64, ptr %".103"
  %".105" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".105"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".123" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"t0." = load i64, ptr %".123"
  %"t0" = alloca float, i64 %"dim.classes"
  %".155" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".155"
  %".156" = trunc i64 %"scale.x" to i32
  %".157" = bitcast i32 %".156" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"idot.acc.1" = alloca i64
  %"idot.acc32.1" = alloca i32
  %"t11.m" = alloca float, i64 %"dim.classes"
  %"t11.m.1" = alloca float, i64 %"dim.classes"
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".17", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  %".24" = mul i64 1, %"dim.classes"
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".1208", %"rows.done.endif"]
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
  %".50" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".45"
  call void @"llvm.prefetch.p0"(ptr %".50", i32 0, i32 3, i32 1)
  %".52" = add i64 %"ex", 8
  %".53" = icmp slt i64 %".52", %"end"
  %".54" = select  i1 %".53", i64 %".52", i64 %"ex"
  %".55" = getelementptr inbounds i32, ptr %"order..p", i64 %".54"
  %".56" = load i32, ptr %".55"
  %".57" = sext i32 %".56" to i64
  %".58" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".57"
  %".59" = load i64, ptr %".58"
  %".60" = add i64 %".57", 1
  %".61" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".60"
  %".62" = load i64, ptr %".61"
  %".63" = sub i64 %".62", %".59"
  %".65" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".59"
  %".66" = ptrtoint ptr %".65" to i64
  %".67" = and i64 %".66", 63
  %".68" = mul i64 %".63", 4
  %".69" = add i64 %".67", %".68"
  %".70" = add i64 %".69", 63
  %".71" = udiv i64 %".70", 64
  %".72" = icmp ult i64 %".71", 8
  %".73" = select  i1 %".72", i64 %".71", i64 8
  br label %"pfs.head"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".80", %"pfs.body"]
  %".75" = icmp slt i64 %"pfs", %".73"
  br i1 %".75", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".77" = mul i64 %"pfs", 64
  %".78" = getelementptr i8, ptr %".65", i64 %".77"
  call void @"llvm.prefetch.p0"(ptr %".78", i32 0, i32 3, i32 1)
  %".80" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".83" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".59"
  %".84" = ptrtoint ptr %".83" to i64
  %".85" = and i64 %".84", 63
  %".86" = mul i64 %".63", 1
  %".87" = add i64 %".85", %".86"
  %".88" = add i64 %".87", 63
  %".89" = udiv i64 %".88", 64
  %".90" = icmp ult i64 %".89", 8
  %".91" = select  i1 %".90", i64 %".89", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".98", %"pfs.body.1"]
  %".93" = icmp slt i64 %"pfs.1", %".91"
  br i1 %".93", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".95" = mul i64 %"pfs.1", 64
  %".96" = getelementptr i8, ptr %".83", i64 %".95"
  call void @"llvm.prefetch.p0"(ptr %".96", i32 0, i32 3, i32 1)
  %".98" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".100" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".57"
  %".101" = load i32, ptr %".100"
  %".102" = sext i32 %".101" to i64
  %".104" = mul i64 1, %"dim.d"
  %".106" = mul i64 %".102", %".104"
  %".107" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".106"
  %".108" = getelementptr i8, ptr %".107", i64 0
  call void @"llvm.prefetch.p0"(ptr %".108", i32 0, i32 3, i32 1)
  %".110" = getelementptr i8, ptr %".107", i64 64
  call void @"llvm.prefetch.p0"(ptr %".110", i32 0, i32 3, i32 1)
  %".112" = getelementptr i8, ptr %".107", i64 127
  call void @"llvm.prefetch.p0"(ptr %".112", i32 0, i32 3, i32 1)
  %".114" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".57"
  %".115" = load i32, ptr %".114"
  %".116" = sext i32 %".115" to i64
  %".117" = mul i64 %".116", 1
  %".118" = getelementptr inbounds i16, ptr %"param.b.p", i64 %".117"
  %".119" = getelementptr i8, ptr %".118", i64 0
  call void @"llvm.prefetch.p0"(ptr %".119", i32 0, i32 3, i32 1)
  %".121" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".121", !alias.scope !4, !noalias !5
  %".122" = sext i32 %"e" to i64
  %".124" = add i64 %"t0.", %"ex"
  %".125" = sitofp i64 %".124" to float
  %".126" = load i32, i32* %"rng.state"
  %".127" = shl i32 %".126", 13
  %".128" = xor i32 %".126", %".127"
  %".129" = lshr i32 %".128", 17
  %".130" = xor i32 %".128", %".129"
  %".131" = shl i32 %".130", 5
  %".132" = xor i32 %".130", %".131"
  store i32 %".132", i32* %"rng.state"
  %".134" = getelementptr inbounds i16, ptr %"param.b.p", i64 0
  %".135" = mul i64 1, %"dim.d"
  %".136" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".122"
  %".137" = load i32, ptr %".136", !alias.scope !4, !noalias !5
  %".138" = sext i32 %".137" to i64
  %".139" = mul i64 %".138", %".135"
  %".140" = add i64 0, %".139"
  %".141" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".140"
  %".142" = mul i64 %".138", 1
  %".143" = add i64 0, %".142"
  %".144" = getelementptr inbounds i16, ptr %"param.b.p", i64 %".143"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".218", %"mv.body.endif"]
  %".146" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".146", label %"mv.body", label %"mv.done"
mv.body:
  %".148" = mul i64 %"mv", %"dim.d"
  %".149" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".148"
  %".150" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".122"
  %".151" = load i64, ptr %".150", !alias.scope !4, !noalias !5
  %".152" = add i64 %".122", 1
  %".153" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".152"
  %".154" = load i64, ptr %".153", !alias.scope !4, !noalias !5
  %".158" = fmul float %".157", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".160" = sub i64 %".154", %".151"
  %".161" = icmp sle i64 %".160", 516
  br i1 %".161", label %"mv.body.if", label %"mv.body.else"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".213" = load i64, i64* %"idot.acc"
  %".214" = sitofp i64 %".213" to float
  %".215" = fmul float %".214", %".158"
  %".216" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".215", float* %".216"
  %".218" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".151", %"mv.body.if"], [%".184", %"idot32.body"]
  %".165" = icmp slt i64 %"idot32", %".154"
  br i1 %".165", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".167" = load i32, i32* %"idot.acc32"
  %".168" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".169" = load i32, ptr %".168", !alias.scope !4, !noalias !5
  %".170" = sext i32 %".169" to i64
  %".171" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".172" = load i8, ptr %".171", !alias.scope !4, !noalias !5
  %".173" = sitofp i8 %".172" to float
  %".174" = fmul float %".173", %".157"
  %".175" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".176" = load i8, ptr %".175", !alias.scope !4, !noalias !5
  %".177" = sext i8 %".176" to i32
  %".178" = getelementptr inbounds i16, ptr %".149", i64 %".170"
  %".179" = load i16, ptr %".178", !alias.scope !6, !noalias !7
  %".180" = sext i16 %".179" to i32
  %".181" = mul i32 %".177", %".180"
  %".182" = add i32 %".167", %".181"
  store i32 %".182", i32* %"idot.acc32"
  %".184" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".186" = load i32, i32* %"idot.acc32"
  %".187" = sext i32 %".186" to i64
  store i64 %".187", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".151", %"mv.body.else"], [%".210", %"idot64.body"]
  %".191" = icmp slt i64 %"idot64", %".154"
  br i1 %".191", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".193" = load i64, i64* %"idot.acc"
  %".194" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".195" = load i32, ptr %".194", !alias.scope !4, !noalias !5
  %".196" = sext i32 %".195" to i64
  %".197" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".198" = load i8, ptr %".197", !alias.scope !4, !noalias !5
  %".199" = sitofp i8 %".198" to float
  %".200" = fmul float %".199", %".157"
  %".201" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".202" = load i8, ptr %".201", !alias.scope !4, !noalias !5
  %".203" = sext i8 %".202" to i64
  %".204" = getelementptr inbounds i16, ptr %".149", i64 %".196"
  %".205" = load i16, ptr %".204", !alias.scope !6, !noalias !7
  %".206" = sext i16 %".205" to i64
  %".207" = mul i64 %".203", %".206"
  %".208" = add i64 %".193", %".207"
  store i64 %".208", i64* %"idot.acc"
  %".210" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".235", %"lsemax.body"]
  %".222" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".222", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".224" = load float, float* %"lsemax.acc"
  %".225" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".226" = load float, float* %".225"
  %".227" = getelementptr inbounds i16, ptr %".134", i64 %"lsemax"
  %".228" = load i16, ptr %".227", !alias.scope !8, !noalias !9
  %".229" = sitofp i16 %".228" to float
  %".230" = fmul float %".229", 0x3f30000000000000
  %".231" = fadd float %".226", %".230"
  %".232" = fcmp oge float %".224", %".231"
  %".233" = select  i1 %".232", float %".224", float %".231"
  store float %".233", float* %"lsemax.acc"
  %".235" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".237" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".254", %"lse.body"]
  %".240" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".240", label %"lse.body", label %"lse.done"
lse.body:
  %".242" = load float, float* %"lse.acc"
  %".243" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".244" = load float, float* %".243"
  %".245" = getelementptr inbounds i16, ptr %".134", i64 %"lse"
  %".246" = load i16, ptr %".245", !alias.scope !8, !noalias !9
  %".247" = sitofp i16 %".246" to float
  %".248" = fmul float %".247", 0x3f30000000000000
  %".249" = fadd float %".244", %".248"
  %".250" = fsub float %".249", %".237"
  %".251" = call float @"llvm.exp.f32"(float %".250")
  %".252" = fadd float %".242", %".251"
  store float %".252", float* %"lse.acc"
  %".254" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".256" = load float, float* %"lse.acc"
  %".257" = call float @"llvm.log.f32"(float %".256")
  %".258" = fadd float %".237", %".257"
  %".259" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".122"
  %".260" = load i64, ptr %".259", !alias.scope !4, !noalias !5
  %".261" = add i64 %".122", 1
  %".262" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".261"
  %".263" = load i64, ptr %".262", !alias.scope !4, !noalias !5
  %".264" = fmul float %".157", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".266" = sub i64 %".263", %".260"
  %".267" = icmp sle i64 %".266", 516
  br i1 %".267", label %"lse.done.if", label %"lse.done.else"
lse.done.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
lse.done.else:
  br label %"idot64.head.1"
lse.done.endif:
  %".319" = load i64, i64* %"idot.acc.1"
  %".320" = sitofp i64 %".319" to float
  %".321" = fmul float %".320", %".264"
  %".322" = getelementptr inbounds i16, ptr %".144", i64 0
  %".323" = load i16, ptr %".322", !alias.scope !8, !noalias !9
  %".324" = sitofp i16 %".323" to float
  %".325" = fmul float %".324", 0x3f30000000000000
  %".326" = fadd float %".321", %".325"
  %".327" = fsub float %".258", %".326"
  %".328" = fpext float %".327" to double
  %".329" = load double, double* %"loss.acc"
  %".330" = fadd double %".329", %".328"
  store double %".330", double* %"loss.acc"
  br label %"mat.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".260", %"lse.done.if"], [%".290", %"idot32.body.1"]
  %".271" = icmp slt i64 %"idot32.1", %".263"
  br i1 %".271", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".273" = load i32, i32* %"idot.acc32.1"
  %".274" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".275" = load i32, ptr %".274", !alias.scope !4, !noalias !5
  %".276" = sext i32 %".275" to i64
  %".277" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".278" = load i8, ptr %".277", !alias.scope !4, !noalias !5
  %".279" = sitofp i8 %".278" to float
  %".280" = fmul float %".279", %".157"
  %".281" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".282" = load i8, ptr %".281", !alias.scope !4, !noalias !5
  %".283" = sext i8 %".282" to i32
  %".284" = getelementptr inbounds i16, ptr %".141", i64 %".276"
  %".285" = load i16, ptr %".284", !alias.scope !6, !noalias !7
  %".286" = sext i16 %".285" to i32
  %".287" = mul i32 %".283", %".286"
  %".288" = add i32 %".273", %".287"
  store i32 %".288", i32* %"idot.acc32.1"
  %".290" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".292" = load i32, i32* %"idot.acc32.1"
  %".293" = sext i32 %".292" to i64
  store i64 %".293", i64* %"idot.acc.1"
  br label %"lse.done.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".260", %"lse.done.else"], [%".316", %"idot64.body.1"]
  %".297" = icmp slt i64 %"idot64.1", %".263"
  br i1 %".297", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".299" = load i64, i64* %"idot.acc.1"
  %".300" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".301" = load i32, ptr %".300", !alias.scope !4, !noalias !5
  %".302" = sext i32 %".301" to i64
  %".303" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".304" = load i8, ptr %".303", !alias.scope !4, !noalias !5
  %".305" = sitofp i8 %".304" to float
  %".306" = fmul float %".305", %".157"
  %".307" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".308" = load i8, ptr %".307", !alias.scope !4, !noalias !5
  %".309" = sext i8 %".308" to i64
  %".310" = getelementptr inbounds i16, ptr %".141", i64 %".302"
  %".311" = load i16, ptr %".310", !alias.scope !6, !noalias !7
  %".312" = sext i16 %".311" to i64
  %".313" = mul i64 %".309", %".312"
  %".314" = add i64 %".299", %".313"
  store i64 %".314", i64* %"idot.acc.1"
  %".316" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"lse.done.endif"
mat.head:
  %"mat" = phi  i64 [0, %"lse.done.endif"], [%".346", %"mat.body"]
  %".333" = icmp slt i64 %"mat", %"dim.classes"
  br i1 %".333", label %"mat.body", label %"mat.done"
mat.body:
  %".335" = getelementptr inbounds float, float* %"t0", i64 %"mat"
  %".336" = load float, float* %".335"
  %".337" = getelementptr inbounds i16, ptr %".134", i64 %"mat"
  %".338" = load i16, ptr %".337", !alias.scope !8, !noalias !9
  %".339" = sitofp i16 %".338" to float
  %".340" = fmul float %".339", 0x3f30000000000000
  %".341" = fadd float %".336", %".340"
  %".342" = fsub float %".341", %".258"
  %".343" = call float @"llvm.exp.f32"(float %".342")
  %".344" = getelementptr inbounds float, float* %"t11.m", i64 %"mat"
  store float %".343", float* %".344"
  %".346" = add i64 %"mat", 1
  br label %"mat.head"
mat.done:
  br label %"mat.head.1"
mat.head.1:
  %"mat.1" = phi  i64 [0, %"mat.done"], [%".362", %"mat.body.1"]
  %".349" = icmp slt i64 %"mat.1", %"dim.classes"
  br i1 %".349", label %"mat.body.1", label %"mat.done.1"
mat.body.1:
  %".351" = getelementptr inbounds float, float* %"t0", i64 %"mat.1"
  %".352" = load float, float* %".351"
  %".353" = getelementptr inbounds i16, ptr %".134", i64 %"mat.1"
  %".354" = load i16, ptr %".353", !alias.scope !8, !noalias !9
  %".355" = sitofp i16 %".354" to float
  %".356" = fmul float %".355", 0x3f30000000000000
  %".357" = fadd float %".352", %".356"
  %".358" = fsub float %".357", %".258"
  %".359" = call float @"llvm.exp.f32"(float %".358")
  %".360" = getelementptr inbounds float, float* %"t11.m.1", i64 %"mat.1"
  store float %".359", float* %".360"
  %".362" = add i64 %"mat.1", 1
  br label %"mat.head.1"
mat.done.1:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"mat.done.1"], [%".735", %"op.done"]
  %".365" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".365", label %"outer.body", label %"outer.done"
outer.body:
  %".367" = mul i64 %"outer", %"dim.d"
  %".368" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".367"
  %".369" = getelementptr inbounds float, float* %"t11.m", i64 %"outer"
  %".370" = load float, float* %".369"
  %".371" = fmul float 0x3fb99999a0000000, 0x3eb0c6f7a0000000
  %".372" = fsub float 0x3ff0000000000000, %".371"
  %".373" = fmul float 0x3fb99999a0000000, %".370"
  %".374" = fmul float %".157", 0x40b0000000000000
  %".375" = fmul float %".373", %".374"
  %".376" = fcmp ogt float %".372", 0x4630000000000000
  %".377" = select  i1 %".376", float 0x4630000000000000, float %".372"
  %".378" = fcmp olt float %".377", 0xc630000000000000
  %".379" = select  i1 %".378", float 0xc630000000000000, float %".377"
  %".380" = fcmp uno float %".372", %".372"
  %".381" = fcmp uno float %".375", %".375"
  %".382" = or i1 %".380", %".381"
  %".383" = select  i1 %".382", float 0x3ff0000000000000, float %".379"
  %".384" = fcmp ogt float %".375", 0x4630000000000000
  %".385" = select  i1 %".384", float 0x4630000000000000, float %".375"
  %".386" = fcmp olt float %".385", 0xc630000000000000
  %".387" = select  i1 %".386", float 0xc630000000000000, float %".385"
  %".388" = fcmp uno float %".375", %".375"
  %".389" = fcmp uno float %".372", %".372"
  %".390" = or i1 %".388", %".389"
  %".391" = select  i1 %".390", float              0x0, float %".387"
  %".392" = mul i64 %"outer", %"dim.d"
  %".393" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".122"
  %".394" = load i64, ptr %".393", !alias.scope !4, !noalias !5
  %".395" = add i64 %".122", 1
  %".396" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".395"
  %".397" = load i64, ptr %".396", !alias.scope !4, !noalias !5
  %".398" = sub i64 %".397", %".394"
  %".399" = sdiv i64 %".398", 16
  br label %"spv.head"
outer.done:
  %".737" = fmul float 0x3fb99999a0000000, 0xbff0000000000000
  %".738" = fmul float %".157", 0x40b0000000000000
  %".739" = fmul float %".737", %".738"
  %".740" = fcmp ogt float %".739", 0x4630000000000000
  %".741" = select  i1 %".740", float 0x4630000000000000, float %".739"
  %".742" = fcmp olt float %".741", 0xc630000000000000
  %".743" = select  i1 %".742", float 0xc630000000000000, float %".741"
  %".744" = fcmp uno float %".739", %".739"
  %".745" = fcmp uno float %".739", %".739"
  %".746" = or i1 %".744", %".745"
  %".747" = select  i1 %".746", float              0x0, float %".743"
  %".748" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".122"
  %".749" = load i64, ptr %".748", !alias.scope !4, !noalias !5
  %".750" = add i64 %".122", 1
  %".751" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".750"
  %".752" = load i64, ptr %".751", !alias.scope !4, !noalias !5
  %".753" = sub i64 %".752", %".749"
  %".754" = sdiv i64 %".753", 16
  br label %"spv.head.2"
spv.head:
  %"spv" = phi  i64 [0, %"outer.body"], [%".574", %"spv.body"]
  %".401" = icmp slt i64 %"spv", %".399"
  br i1 %".401", label %"spv.body", label %"spv.done"
spv.body:
  %".403" = mul i64 %"spv", 16
  %".404" = add i64 %".394", %".403"
  %".405" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".404"
  %".406" = load <16 x i32>, ptr %".405", align 4, !alias.scope !4, !noalias !5
  %".407" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".404"
  %".408" = load <16 x i8>, ptr %".407", align 1, !alias.scope !4, !noalias !5
  %".409" = sext <16 x i32> %".406" to <16 x i64>
  %".410" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".392", i32 0
  %".411" = shufflevector <16 x i64> %".410", <16 x i64> %".410", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".412" = add <16 x i64> %".409", %".411"
  %".413" = sitofp <16 x i8> %".408" to <16 x float>
  %".414" = extractelement <16 x i64> %".409", i32 0
  %".415" = getelementptr inbounds i16, ptr %".368", i64 %".414"
  %".416" = load i16, ptr %".415", !alias.scope !6, !noalias !7
  %".417" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".416", i32 0
  %".418" = extractelement <16 x i64> %".409", i32 1
  %".419" = getelementptr inbounds i16, ptr %".368", i64 %".418"
  %".420" = load i16, ptr %".419", !alias.scope !6, !noalias !7
  %".421" = insertelement <16 x i16> %".417", i16 %".420", i32 1
  %".422" = extractelement <16 x i64> %".409", i32 2
  %".423" = getelementptr inbounds i16, ptr %".368", i64 %".422"
  %".424" = load i16, ptr %".423", !alias.scope !6, !noalias !7
  %".425" = insertelement <16 x i16> %".421", i16 %".424", i32 2
  %".426" = extractelement <16 x i64> %".409", i32 3
  %".427" = getelementptr inbounds i16, ptr %".368", i64 %".426"
  %".428" = load i16, ptr %".427", !alias.scope !6, !noalias !7
  %".429" = insertelement <16 x i16> %".425", i16 %".428", i32 3
  %".430" = extractelement <16 x i64> %".409", i32 4
  %".431" = getelementptr inbounds i16, ptr %".368", i64 %".430"
  %".432" = load i16, ptr %".431", !alias.scope !6, !noalias !7
  %".433" = insertelement <16 x i16> %".429", i16 %".432", i32 4
  %".434" = extractelement <16 x i64> %".409", i32 5
  %".435" = getelementptr inbounds i16, ptr %".368", i64 %".434"
  %".436" = load i16, ptr %".435", !alias.scope !6, !noalias !7
  %".437" = insertelement <16 x i16> %".433", i16 %".436", i32 5
  %".438" = extractelement <16 x i64> %".409", i32 6
  %".439" = getelementptr inbounds i16, ptr %".368", i64 %".438"
  %".440" = load i16, ptr %".439", !alias.scope !6, !noalias !7
  %".441" = insertelement <16 x i16> %".437", i16 %".440", i32 6
  %".442" = extractelement <16 x i64> %".409", i32 7
  %".443" = getelementptr inbounds i16, ptr %".368", i64 %".442"
  %".444" = load i16, ptr %".443", !alias.scope !6, !noalias !7
  %".445" = insertelement <16 x i16> %".441", i16 %".444", i32 7
  %".446" = extractelement <16 x i64> %".409", i32 8
  %".447" = getelementptr inbounds i16, ptr %".368", i64 %".446"
  %".448" = load i16, ptr %".447", !alias.scope !6, !noalias !7
  %".449" = insertelement <16 x i16> %".445", i16 %".448", i32 8
  %".450" = extractelement <16 x i64> %".409", i32 9
  %".451" = getelementptr inbounds i16, ptr %".368", i64 %".450"
  %".452" = load i16, ptr %".451", !alias.scope !6, !noalias !7
  %".453" = insertelement <16 x i16> %".449", i16 %".452", i32 9
  %".454" = extractelement <16 x i64> %".409", i32 10
  %".455" = getelementptr inbounds i16, ptr %".368", i64 %".454"
  %".456" = load i16, ptr %".455", !alias.scope !6, !noalias !7
  %".457" = insertelement <16 x i16> %".453", i16 %".456", i32 10
  %".458" = extractelement <16 x i64> %".409", i32 11
  %".459" = getelementptr inbounds i16, ptr %".368", i64 %".458"
  %".460" = load i16, ptr %".459", !alias.scope !6, !noalias !7
  %".461" = insertelement <16 x i16> %".457", i16 %".460", i32 11
  %".462" = extractelement <16 x i64> %".409", i32 12
  %".463" = getelementptr inbounds i16, ptr %".368", i64 %".462"
  %".464" = load i16, ptr %".463", !alias.scope !6, !noalias !7
  %".465" = insertelement <16 x i16> %".461", i16 %".464", i32 12
  %".466" = extractelement <16 x i64> %".409", i32 13
  %".467" = getelementptr inbounds i16, ptr %".368", i64 %".466"
  %".468" = load i16, ptr %".467", !alias.scope !6, !noalias !7
  %".469" = insertelement <16 x i16> %".465", i16 %".468", i32 13
  %".470" = extractelement <16 x i64> %".409", i32 14
  %".471" = getelementptr inbounds i16, ptr %".368", i64 %".470"
  %".472" = load i16, ptr %".471", !alias.scope !6, !noalias !7
  %".473" = insertelement <16 x i16> %".469", i16 %".472", i32 14
  %".474" = extractelement <16 x i64> %".409", i32 15
  %".475" = getelementptr inbounds i16, ptr %".368", i64 %".474"
  %".476" = load i16, ptr %".475", !alias.scope !6, !noalias !7
  %".477" = insertelement <16 x i16> %".473", i16 %".476", i32 15
  %".478" = sitofp <16 x i16> %".477" to <16 x float>
  %".479" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".383", i32 0
  %".480" = shufflevector <16 x float> %".479", <16 x float> %".479", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".481" = fmul <16 x float> %".478", %".480"
  %".482" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".391", i32 0
  %".483" = shufflevector <16 x float> %".482", <16 x float> %".482", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".484" = fmul <16 x float> %".483", %".413"
  %".485" = fsub <16 x float> %".481", %".484"
  %".486" = xor i32 %".132", 0
  %".487" = lshr i32 %".486", 16
  %".488" = xor i32 %".486", %".487"
  %".489" = mul i32 %".488", 2146121005
  %".490" = lshr i32 %".489", 15
  %".491" = xor i32 %".489", %".490"
  %".492" = mul i32 %".491", 2221713035
  %".493" = lshr i32 %".492", 16
  %".494" = xor i32 %".492", %".493"
  %".495" = trunc <16 x i64> %".412" to <16 x i32>
  %".496" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".494", i32 0
  %".497" = shufflevector <16 x i32> %".496", <16 x i32> %".496", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".498" = mul <16 x i32> %".495", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".499" = add <16 x i32> %".497", %".498"
  %".500" = lshr <16 x i32> %".499", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".501" = uitofp <16 x i32> %".500" to <16 x float>
  %".502" = fmul <16 x float> %".501", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".503" = fadd <16 x float> %".485", %".502"
  %".504" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".503")
  %".505" = fcmp ogt <16 x float> %".504", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".506" = select  <16 x i1> %".505", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".504"
  %".507" = fcmp olt <16 x float> %".506", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".508" = select  <16 x i1> %".507", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".506"
  %".509" = fptosi <16 x float> %".508" to <16 x i16>
  %".510" = extractelement <16 x i16> %".509", i32 0
  %".511" = extractelement <16 x i64> %".409", i32 0
  %".512" = getelementptr inbounds i16, ptr %".368", i64 %".511"
  store i16 %".510", ptr %".512", !alias.scope !6, !noalias !7
  %".514" = extractelement <16 x i16> %".509", i32 1
  %".515" = extractelement <16 x i64> %".409", i32 1
  %".516" = getelementptr inbounds i16, ptr %".368", i64 %".515"
  store i16 %".514", ptr %".516", !alias.scope !6, !noalias !7
  %".518" = extractelement <16 x i16> %".509", i32 2
  %".519" = extractelement <16 x i64> %".409", i32 2
  %".520" = getelementptr inbounds i16, ptr %".368", i64 %".519"
  store i16 %".518", ptr %".520", !alias.scope !6, !noalias !7
  %".522" = extractelement <16 x i16> %".509", i32 3
  %".523" = extractelement <16 x i64> %".409", i32 3
  %".524" = getelementptr inbounds i16, ptr %".368", i64 %".523"
  store i16 %".522", ptr %".524", !alias.scope !6, !noalias !7
  %".526" = extractelement <16 x i16> %".509", i32 4
  %".527" = extractelement <16 x i64> %".409", i32 4
  %".528" = getelementptr inbounds i16, ptr %".368", i64 %".527"
  store i16 %".526", ptr %".528", !alias.scope !6, !noalias !7
  %".530" = extractelement <16 x i16> %".509", i32 5
  %".531" = extractelement <16 x i64> %".409", i32 5
  %".532" = getelementptr inbounds i16, ptr %".368", i64 %".531"
  store i16 %".530", ptr %".532", !alias.scope !6, !noalias !7
  %".534" = extractelement <16 x i16> %".509", i32 6
  %".535" = extractelement <16 x i64> %".409", i32 6
  %".536" = getelementptr inbounds i16, ptr %".368", i64 %".535"
  store i16 %".534", ptr %".536", !alias.scope !6, !noalias !7
  %".538" = extractelement <16 x i16> %".509", i32 7
  %".539" = extractelement <16 x i64> %".409", i32 7
  %".540" = getelementptr inbounds i16, ptr %".368", i64 %".539"
  store i16 %".538", ptr %".540", !alias.scope !6, !noalias !7
  %".542" = extractelement <16 x i16> %".509", i32 8
  %".543" = extractelement <16 x i64> %".409", i32 8
  %".544" = getelementptr inbounds i16, ptr %".368", i64 %".543"
  store i16 %".542", ptr %".544", !alias.scope !6, !noalias !7
  %".546" = extractelement <16 x i16> %".509", i32 9
  %".547" = extractelement <16 x i64> %".409", i32 9
  %".548" = getelementptr inbounds i16, ptr %".368", i64 %".547"
  store i16 %".546", ptr %".548", !alias.scope !6, !noalias !7
  %".550" = extractelement <16 x i16> %".509", i32 10
  %".551" = extractelement <16 x i64> %".409", i32 10
  %".552" = getelementptr inbounds i16, ptr %".368", i64 %".551"
  store i16 %".550", ptr %".552", !alias.scope !6, !noalias !7
  %".554" = extractelement <16 x i16> %".509", i32 11
  %".555" = extractelement <16 x i64> %".409", i32 11
  %".556" = getelementptr inbounds i16, ptr %".368", i64 %".555"
  store i16 %".554", ptr %".556", !alias.scope !6, !noalias !7
  %".558" = extractelement <16 x i16> %".509", i32 12
  %".559" = extractelement <16 x i64> %".409", i32 12
  %".560" = getelementptr inbounds i16, ptr %".368", i64 %".559"
  store i16 %".558", ptr %".560", !alias.scope !6, !noalias !7
  %".562" = extractelement <16 x i16> %".509", i32 13
  %".563" = extractelement <16 x i64> %".409", i32 13
  %".564" = getelementptr inbounds i16, ptr %".368", i64 %".563"
  store i16 %".562", ptr %".564", !alias.scope !6, !noalias !7
  %".566" = extractelement <16 x i16> %".509", i32 14
  %".567" = extractelement <16 x i64> %".409", i32 14
  %".568" = getelementptr inbounds i16, ptr %".368", i64 %".567"
  store i16 %".566", ptr %".568", !alias.scope !6, !noalias !7
  %".570" = extractelement <16 x i16> %".509", i32 15
  %".571" = extractelement <16 x i64> %".409", i32 15
  %".572" = getelementptr inbounds i16, ptr %".368", i64 %".571"
  store i16 %".570", ptr %".572", !alias.scope !6, !noalias !7
  %".574" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".576" = mul i64 %".399", 16
  %".577" = add i64 %".394", %".576"
  %".578" = sub i64 %".397", %".577"
  %".579" = sdiv i64 %".578", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".690", %"spv.body.1"]
  %".581" = icmp slt i64 %"spv.1", %".579"
  br i1 %".581", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".583" = mul i64 %"spv.1", 8
  %".584" = add i64 %".577", %".583"
  %".585" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".584"
  %".586" = load <8 x i32>, ptr %".585", align 4, !alias.scope !4, !noalias !5
  %".587" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".584"
  %".588" = load <8 x i8>, ptr %".587", align 1, !alias.scope !4, !noalias !5
  %".589" = sext <8 x i32> %".586" to <8 x i64>
  %".590" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".392", i32 0
  %".591" = shufflevector <8 x i64> %".590", <8 x i64> %".590", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".592" = add <8 x i64> %".589", %".591"
  %".593" = sitofp <8 x i8> %".588" to <8 x float>
  %".594" = extractelement <8 x i64> %".589", i32 0
  %".595" = getelementptr inbounds i16, ptr %".368", i64 %".594"
  %".596" = load i16, ptr %".595", !alias.scope !6, !noalias !7
  %".597" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".596", i32 0
  %".598" = extractelement <8 x i64> %".589", i32 1
  %".599" = getelementptr inbounds i16, ptr %".368", i64 %".598"
  %".600" = load i16, ptr %".599", !alias.scope !6, !noalias !7
  %".601" = insertelement <8 x i16> %".597", i16 %".600", i32 1
  %".602" = extractelement <8 x i64> %".589", i32 2
  %".603" = getelementptr inbounds i16, ptr %".368", i64 %".602"
  %".604" = load i16, ptr %".603", !alias.scope !6, !noalias !7
  %".605" = insertelement <8 x i16> %".601", i16 %".604", i32 2
  %".606" = extractelement <8 x i64> %".589", i32 3
  %".607" = getelementptr inbounds i16, ptr %".368", i64 %".606"
  %".608" = load i16, ptr %".607", !alias.scope !6, !noalias !7
  %".609" = insertelement <8 x i16> %".605", i16 %".608", i32 3
  %".610" = extractelement <8 x i64> %".589", i32 4
  %".611" = getelementptr inbounds i16, ptr %".368", i64 %".610"
  %".612" = load i16, ptr %".611", !alias.scope !6, !noalias !7
  %".613" = insertelement <8 x i16> %".609", i16 %".612", i32 4
  %".614" = extractelement <8 x i64> %".589", i32 5
  %".615" = getelementptr inbounds i16, ptr %".368", i64 %".614"
  %".616" = load i16, ptr %".615", !alias.scope !6, !noalias !7
  %".617" = insertelement <8 x i16> %".613", i16 %".616", i32 5
  %".618" = extractelement <8 x i64> %".589", i32 6
  %".619" = getelementptr inbounds i16, ptr %".368", i64 %".618"
  %".620" = load i16, ptr %".619", !alias.scope !6, !noalias !7
  %".621" = insertelement <8 x i16> %".617", i16 %".620", i32 6
  %".622" = extractelement <8 x i64> %".589", i32 7
  %".623" = getelementptr inbounds i16, ptr %".368", i64 %".622"
  %".624" = load i16, ptr %".623", !alias.scope !6, !noalias !7
  %".625" = insertelement <8 x i16> %".621", i16 %".624", i32 7
  %".626" = sitofp <8 x i16> %".625" to <8 x float>
  %".627" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".383", i32 0
  %".628" = shufflevector <8 x float> %".627", <8 x float> %".627", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".629" = fmul <8 x float> %".626", %".628"
  %".630" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".391", i32 0
  %".631" = shufflevector <8 x float> %".630", <8 x float> %".630", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".632" = fmul <8 x float> %".631", %".593"
  %".633" = fsub <8 x float> %".629", %".632"
  %".634" = xor i32 %".132", 0
  %".635" = lshr i32 %".634", 16
  %".636" = xor i32 %".634", %".635"
  %".637" = mul i32 %".636", 2146121005
  %".638" = lshr i32 %".637", 15
  %".639" = xor i32 %".637", %".638"
  %".640" = mul i32 %".639", 2221713035
  %".641" = lshr i32 %".640", 16
  %".642" = xor i32 %".640", %".641"
  %".643" = trunc <8 x i64> %".592" to <8 x i32>
  %".644" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".642", i32 0
  %".645" = shufflevector <8 x i32> %".644", <8 x i32> %".644", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".646" = mul <8 x i32> %".643", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".647" = add <8 x i32> %".645", %".646"
  %".648" = lshr <8 x i32> %".647", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".649" = uitofp <8 x i32> %".648" to <8 x float>
  %".650" = fmul <8 x float> %".649", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".651" = fadd <8 x float> %".633", %".650"
  %".652" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".651")
  %".653" = fcmp ogt <8 x float> %".652", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".654" = select  <8 x i1> %".653", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".652"
  %".655" = fcmp olt <8 x float> %".654", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".656" = select  <8 x i1> %".655", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".654"
  %".657" = fptosi <8 x float> %".656" to <8 x i16>
  %".658" = extractelement <8 x i16> %".657", i32 0
  %".659" = extractelement <8 x i64> %".589", i32 0
  %".660" = getelementptr inbounds i16, ptr %".368", i64 %".659"
  store i16 %".658", ptr %".660", !alias.scope !6, !noalias !7
  %".662" = extractelement <8 x i16> %".657", i32 1
  %".663" = extractelement <8 x i64> %".589", i32 1
  %".664" = getelementptr inbounds i16, ptr %".368", i64 %".663"
  store i16 %".662", ptr %".664", !alias.scope !6, !noalias !7
  %".666" = extractelement <8 x i16> %".657", i32 2
  %".667" = extractelement <8 x i64> %".589", i32 2
  %".668" = getelementptr inbounds i16, ptr %".368", i64 %".667"
  store i16 %".666", ptr %".668", !alias.scope !6, !noalias !7
  %".670" = extractelement <8 x i16> %".657", i32 3
  %".671" = extractelement <8 x i64> %".589", i32 3
  %".672" = getelementptr inbounds i16, ptr %".368", i64 %".671"
  store i16 %".670", ptr %".672", !alias.scope !6, !noalias !7
  %".674" = extractelement <8 x i16> %".657", i32 4
  %".675" = extractelement <8 x i64> %".589", i32 4
  %".676" = getelementptr inbounds i16, ptr %".368", i64 %".675"
  store i16 %".674", ptr %".676", !alias.scope !6, !noalias !7
  %".678" = extractelement <8 x i16> %".657", i32 5
  %".679" = extractelement <8 x i64> %".589", i32 5
  %".680" = getelementptr inbounds i16, ptr %".368", i64 %".679"
  store i16 %".678", ptr %".680", !alias.scope !6, !noalias !7
  %".682" = extractelement <8 x i16> %".657", i32 6
  %".683" = extractelement <8 x i64> %".589", i32 6
  %".684" = getelementptr inbounds i16, ptr %".368", i64 %".683"
  store i16 %".682", ptr %".684", !alias.scope !6, !noalias !7
  %".686" = extractelement <8 x i16> %".657", i32 7
  %".687" = extractelement <8 x i64> %".589", i32 7
  %".688" = getelementptr inbounds i16, ptr %".368", i64 %".687"
  store i16 %".686", ptr %".688", !alias.scope !6, !noalias !7
  %".690" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".692" = mul i64 %".579", 8
  %".693" = add i64 %".577", %".692"
  br label %"op.head"
op.head:
  %"op" = phi  i64 [%".693", %"spv.done.1"], [%".733", %"op.body"]
  %".695" = icmp slt i64 %"op", %".397"
  br i1 %".695", label %"op.body", label %"op.done"
op.body:
  %".697" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".698" = load i32, ptr %".697", !alias.scope !4, !noalias !5
  %".699" = sext i32 %".698" to i64
  %".700" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"op"
  %".701" = load i8, ptr %".700", !alias.scope !4, !noalias !5
  %".702" = sitofp i8 %".701" to float
  %".703" = add i64 %".392", %".699"
  %".704" = getelementptr inbounds i16, ptr %".368", i64 %".699"
  %".705" = load i16, ptr %".704", !alias.scope !6, !noalias !7
  %".706" = sitofp i16 %".705" to float
  %".707" = fmul float %".706", %".383"
  %".708" = fmul float %".391", %".702"
  %".709" = fsub float %".707", %".708"
  %".710" = xor i32 %".132", 0
  %".711" = lshr i32 %".710", 16
  %".712" = xor i32 %".710", %".711"
  %".713" = mul i32 %".712", 2146121005
  %".714" = lshr i32 %".713", 15
  %".715" = xor i32 %".713", %".714"
  %".716" = mul i32 %".715", 2221713035
  %".717" = lshr i32 %".716", 16
  %".718" = xor i32 %".716", %".717"
  %".719" = trunc i64 %".703" to i32
  %".720" = mul i32 %".719", 2654435769
  %".721" = add i32 %".718", %".720"
  %".722" = lshr i32 %".721", 8
  %".723" = uitofp i32 %".722" to float
  %".724" = fmul float %".723", 0x3e70000000000000
  %".725" = fadd float %".709", %".724"
  %".726" = call float @"llvm.floor.f32"(float %".725")
  %".727" = fcmp ogt float %".726", 0x40dfffc000000000
  %".728" = select  i1 %".727", float 0x40dfffc000000000, float %".726"
  %".729" = fcmp olt float %".728", 0xc0dfffc000000000
  %".730" = select  i1 %".729", float 0xc0dfffc000000000, float %".728"
  %".731" = fptosi float %".730" to i16
  store i16 %".731", ptr %".704", !alias.scope !6, !noalias !7
  %".733" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".735" = add i64 %"outer", 1
  br label %"outer.head"
spv.head.2:
  %"spv.2" = phi  i64 [0, %"outer.done"], [%".923", %"spv.body.2"]
  %".756" = icmp slt i64 %"spv.2", %".754"
  br i1 %".756", label %"spv.body.2", label %"spv.done.2"
spv.body.2:
  %".758" = mul i64 %"spv.2", 16
  %".759" = add i64 %".749", %".758"
  %".760" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".759"
  %".761" = load <16 x i32>, ptr %".760", align 4, !alias.scope !4, !noalias !5
  %".762" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".759"
  %".763" = load <16 x i8>, ptr %".762", align 1, !alias.scope !4, !noalias !5
  %".764" = sext <16 x i32> %".761" to <16 x i64>
  %".765" = sitofp <16 x i8> %".763" to <16 x float>
  %".766" = extractelement <16 x i64> %".764", i32 0
  %".767" = getelementptr inbounds i16, ptr %".141", i64 %".766"
  %".768" = load i16, ptr %".767", !alias.scope !6, !noalias !7
  %".769" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".768", i32 0
  %".770" = extractelement <16 x i64> %".764", i32 1
  %".771" = getelementptr inbounds i16, ptr %".141", i64 %".770"
  %".772" = load i16, ptr %".771", !alias.scope !6, !noalias !7
  %".773" = insertelement <16 x i16> %".769", i16 %".772", i32 1
  %".774" = extractelement <16 x i64> %".764", i32 2
  %".775" = getelementptr inbounds i16, ptr %".141", i64 %".774"
  %".776" = load i16, ptr %".775", !alias.scope !6, !noalias !7
  %".777" = insertelement <16 x i16> %".773", i16 %".776", i32 2
  %".778" = extractelement <16 x i64> %".764", i32 3
  %".779" = getelementptr inbounds i16, ptr %".141", i64 %".778"
  %".780" = load i16, ptr %".779", !alias.scope !6, !noalias !7
  %".781" = insertelement <16 x i16> %".777", i16 %".780", i32 3
  %".782" = extractelement <16 x i64> %".764", i32 4
  %".783" = getelementptr inbounds i16, ptr %".141", i64 %".782"
  %".784" = load i16, ptr %".783", !alias.scope !6, !noalias !7
  %".785" = insertelement <16 x i16> %".781", i16 %".784", i32 4
  %".786" = extractelement <16 x i64> %".764", i32 5
  %".787" = getelementptr inbounds i16, ptr %".141", i64 %".786"
  %".788" = load i16, ptr %".787", !alias.scope !6, !noalias !7
  %".789" = insertelement <16 x i16> %".785", i16 %".788", i32 5
  %".790" = extractelement <16 x i64> %".764", i32 6
  %".791" = getelementptr inbounds i16, ptr %".141", i64 %".790"
  %".792" = load i16, ptr %".791", !alias.scope !6, !noalias !7
  %".793" = insertelement <16 x i16> %".789", i16 %".792", i32 6
  %".794" = extractelement <16 x i64> %".764", i32 7
  %".795" = getelementptr inbounds i16, ptr %".141", i64 %".794"
  %".796" = load i16, ptr %".795", !alias.scope !6, !noalias !7
  %".797" = insertelement <16 x i16> %".793", i16 %".796", i32 7
  %".798" = extractelement <16 x i64> %".764", i32 8
  %".799" = getelementptr inbounds i16, ptr %".141", i64 %".798"
  %".800" = load i16, ptr %".799", !alias.scope !6, !noalias !7
  %".801" = insertelement <16 x i16> %".797", i16 %".800", i32 8
  %".802" = extractelement <16 x i64> %".764", i32 9
  %".803" = getelementptr inbounds i16, ptr %".141", i64 %".802"
  %".804" = load i16, ptr %".803", !alias.scope !6, !noalias !7
  %".805" = insertelement <16 x i16> %".801", i16 %".804", i32 9
  %".806" = extractelement <16 x i64> %".764", i32 10
  %".807" = getelementptr inbounds i16, ptr %".141", i64 %".806"
  %".808" = load i16, ptr %".807", !alias.scope !6, !noalias !7
  %".809" = insertelement <16 x i16> %".805", i16 %".808", i32 10
  %".810" = extractelement <16 x i64> %".764", i32 11
  %".811" = getelementptr inbounds i16, ptr %".141", i64 %".810"
  %".812" = load i16, ptr %".811", !alias.scope !6, !noalias !7
  %".813" = insertelement <16 x i16> %".809", i16 %".812", i32 11
  %".814" = extractelement <16 x i64> %".764", i32 12
  %".815" = getelementptr inbounds i16, ptr %".141", i64 %".814"
  %".816" = load i16, ptr %".815", !alias.scope !6, !noalias !7
  %".817" = insertelement <16 x i16> %".813", i16 %".816", i32 12
  %".818" = extractelement <16 x i64> %".764", i32 13
  %".819" = getelementptr inbounds i16, ptr %".141", i64 %".818"
  %".820" = load i16, ptr %".819", !alias.scope !6, !noalias !7
  %".821" = insertelement <16 x i16> %".817", i16 %".820", i32 13
  %".822" = extractelement <16 x i64> %".764", i32 14
  %".823" = getelementptr inbounds i16, ptr %".141", i64 %".822"
  %".824" = load i16, ptr %".823", !alias.scope !6, !noalias !7
  %".825" = insertelement <16 x i16> %".821", i16 %".824", i32 14
  %".826" = extractelement <16 x i64> %".764", i32 15
  %".827" = getelementptr inbounds i16, ptr %".141", i64 %".826"
  %".828" = load i16, ptr %".827", !alias.scope !6, !noalias !7
  %".829" = insertelement <16 x i16> %".825", i16 %".828", i32 15
  %".830" = sitofp <16 x i16> %".829" to <16 x float>
  %".831" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".747", i32 0
  %".832" = shufflevector <16 x float> %".831", <16 x float> %".831", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".833" = fmul <16 x float> %".832", %".765"
  %".834" = fsub <16 x float> %".830", %".833"
  %".835" = xor i32 %".132", 2654435769
  %".836" = lshr i32 %".835", 16
  %".837" = xor i32 %".835", %".836"
  %".838" = mul i32 %".837", 2146121005
  %".839" = lshr i32 %".838", 15
  %".840" = xor i32 %".838", %".839"
  %".841" = mul i32 %".840", 2221713035
  %".842" = lshr i32 %".841", 16
  %".843" = xor i32 %".841", %".842"
  %".844" = trunc <16 x i64> %".764" to <16 x i32>
  %".845" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".843", i32 0
  %".846" = shufflevector <16 x i32> %".845", <16 x i32> %".845", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".847" = mul <16 x i32> %".844", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".848" = add <16 x i32> %".846", %".847"
  %".849" = lshr <16 x i32> %".848", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".850" = uitofp <16 x i32> %".849" to <16 x float>
  %".851" = fmul <16 x float> %".850", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".852" = fadd <16 x float> %".834", %".851"
  %".853" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".852")
  %".854" = fcmp ogt <16 x float> %".853", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".855" = select  <16 x i1> %".854", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".853"
  %".856" = fcmp olt <16 x float> %".855", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".857" = select  <16 x i1> %".856", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".855"
  %".858" = fptosi <16 x float> %".857" to <16 x i16>
  %".859" = extractelement <16 x i16> %".858", i32 0
  %".860" = extractelement <16 x i64> %".764", i32 0
  %".861" = getelementptr inbounds i16, ptr %".141", i64 %".860"
  store i16 %".859", ptr %".861", !alias.scope !6, !noalias !7
  %".863" = extractelement <16 x i16> %".858", i32 1
  %".864" = extractelement <16 x i64> %".764", i32 1
  %".865" = getelementptr inbounds i16, ptr %".141", i64 %".864"
  store i16 %".863", ptr %".865", !alias.scope !6, !noalias !7
  %".867" = extractelement <16 x i16> %".858", i32 2
  %".868" = extractelement <16 x i64> %".764", i32 2
  %".869" = getelementptr inbounds i16, ptr %".141", i64 %".868"
  store i16 %".867", ptr %".869", !alias.scope !6, !noalias !7
  %".871" = extractelement <16 x i16> %".858", i32 3
  %".872" = extractelement <16 x i64> %".764", i32 3
  %".873" = getelementptr inbounds i16, ptr %".141", i64 %".872"
  store i16 %".871", ptr %".873", !alias.scope !6, !noalias !7
  %".875" = extractelement <16 x i16> %".858", i32 4
  %".876" = extractelement <16 x i64> %".764", i32 4
  %".877" = getelementptr inbounds i16, ptr %".141", i64 %".876"
  store i16 %".875", ptr %".877", !alias.scope !6, !noalias !7
  %".879" = extractelement <16 x i16> %".858", i32 5
  %".880" = extractelement <16 x i64> %".764", i32 5
  %".881" = getelementptr inbounds i16, ptr %".141", i64 %".880"
  store i16 %".879", ptr %".881", !alias.scope !6, !noalias !7
  %".883" = extractelement <16 x i16> %".858", i32 6
  %".884" = extractelement <16 x i64> %".764", i32 6
  %".885" = getelementptr inbounds i16, ptr %".141", i64 %".884"
  store i16 %".883", ptr %".885", !alias.scope !6, !noalias !7
  %".887" = extractelement <16 x i16> %".858", i32 7
  %".888" = extractelement <16 x i64> %".764", i32 7
  %".889" = getelementptr inbounds i16, ptr %".141", i64 %".888"
  store i16 %".887", ptr %".889", !alias.scope !6, !noalias !7
  %".891" = extractelement <16 x i16> %".858", i32 8
  %".892" = extractelement <16 x i64> %".764", i32 8
  %".893" = getelementptr inbounds i16, ptr %".141", i64 %".892"
  store i16 %".891", ptr %".893", !alias.scope !6, !noalias !7
  %".895" = extractelement <16 x i16> %".858", i32 9
  %".896" = extractelement <16 x i64> %".764", i32 9
  %".897" = getelementptr inbounds i16, ptr %".141", i64 %".896"
  store i16 %".895", ptr %".897", !alias.scope !6, !noalias !7
  %".899" = extractelement <16 x i16> %".858", i32 10
  %".900" = extractelement <16 x i64> %".764", i32 10
  %".901" = getelementptr inbounds i16, ptr %".141", i64 %".900"
  store i16 %".899", ptr %".901", !alias.scope !6, !noalias !7
  %".903" = extractelement <16 x i16> %".858", i32 11
  %".904" = extractelement <16 x i64> %".764", i32 11
  %".905" = getelementptr inbounds i16, ptr %".141", i64 %".904"
  store i16 %".903", ptr %".905", !alias.scope !6, !noalias !7
  %".907" = extractelement <16 x i16> %".858", i32 12
  %".908" = extractelement <16 x i64> %".764", i32 12
  %".909" = getelementptr inbounds i16, ptr %".141", i64 %".908"
  store i16 %".907", ptr %".909", !alias.scope !6, !noalias !7
  %".911" = extractelement <16 x i16> %".858", i32 13
  %".912" = extractelement <16 x i64> %".764", i32 13
  %".913" = getelementptr inbounds i16, ptr %".141", i64 %".912"
  store i16 %".911", ptr %".913", !alias.scope !6, !noalias !7
  %".915" = extractelement <16 x i16> %".858", i32 14
  %".916" = extractelement <16 x i64> %".764", i32 14
  %".917" = getelementptr inbounds i16, ptr %".141", i64 %".916"
  store i16 %".915", ptr %".917", !alias.scope !6, !noalias !7
  %".919" = extractelement <16 x i16> %".858", i32 15
  %".920" = extractelement <16 x i64> %".764", i32 15
  %".921" = getelementptr inbounds i16, ptr %".141", i64 %".920"
  store i16 %".919", ptr %".921", !alias.scope !6, !noalias !7
  %".923" = add i64 %"spv.2", 1
  br label %"spv.head.2"
spv.done.2:
  %".925" = mul i64 %".754", 16
  %".926" = add i64 %".749", %".925"
  %".927" = sub i64 %".752", %".926"
  %".928" = sdiv i64 %".927", 8
  br label %"spv.head.3"
spv.head.3:
  %"spv.3" = phi  i64 [0, %"spv.done.2"], [%".1033", %"spv.body.3"]
  %".930" = icmp slt i64 %"spv.3", %".928"
  br i1 %".930", label %"spv.body.3", label %"spv.done.3"
spv.body.3:
  %".932" = mul i64 %"spv.3", 8
  %".933" = add i64 %".926", %".932"
  %".934" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".933"
  %".935" = load <8 x i32>, ptr %".934", align 4, !alias.scope !4, !noalias !5
  %".936" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".933"
  %".937" = load <8 x i8>, ptr %".936", align 1, !alias.scope !4, !noalias !5
  %".938" = sext <8 x i32> %".935" to <8 x i64>
  %".939" = sitofp <8 x i8> %".937" to <8 x float>
  %".940" = extractelement <8 x i64> %".938", i32 0
  %".941" = getelementptr inbounds i16, ptr %".141", i64 %".940"
  %".942" = load i16, ptr %".941", !alias.scope !6, !noalias !7
  %".943" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".942", i32 0
  %".944" = extractelement <8 x i64> %".938", i32 1
  %".945" = getelementptr inbounds i16, ptr %".141", i64 %".944"
  %".946" = load i16, ptr %".945", !alias.scope !6, !noalias !7
  %".947" = insertelement <8 x i16> %".943", i16 %".946", i32 1
  %".948" = extractelement <8 x i64> %".938", i32 2
  %".949" = getelementptr inbounds i16, ptr %".141", i64 %".948"
  %".950" = load i16, ptr %".949", !alias.scope !6, !noalias !7
  %".951" = insertelement <8 x i16> %".947", i16 %".950", i32 2
  %".952" = extractelement <8 x i64> %".938", i32 3
  %".953" = getelementptr inbounds i16, ptr %".141", i64 %".952"
  %".954" = load i16, ptr %".953", !alias.scope !6, !noalias !7
  %".955" = insertelement <8 x i16> %".951", i16 %".954", i32 3
  %".956" = extractelement <8 x i64> %".938", i32 4
  %".957" = getelementptr inbounds i16, ptr %".141", i64 %".956"
  %".958" = load i16, ptr %".957", !alias.scope !6, !noalias !7
  %".959" = insertelement <8 x i16> %".955", i16 %".958", i32 4
  %".960" = extractelement <8 x i64> %".938", i32 5
  %".961" = getelementptr inbounds i16, ptr %".141", i64 %".960"
  %".962" = load i16, ptr %".961", !alias.scope !6, !noalias !7
  %".963" = insertelement <8 x i16> %".959", i16 %".962", i32 5
  %".964" = extractelement <8 x i64> %".938", i32 6
  %".965" = getelementptr inbounds i16, ptr %".141", i64 %".964"
  %".966" = load i16, ptr %".965", !alias.scope !6, !noalias !7
  %".967" = insertelement <8 x i16> %".963", i16 %".966", i32 6
  %".968" = extractelement <8 x i64> %".938", i32 7
  %".969" = getelementptr inbounds i16, ptr %".141", i64 %".968"
  %".970" = load i16, ptr %".969", !alias.scope !6, !noalias !7
  %".971" = insertelement <8 x i16> %".967", i16 %".970", i32 7
  %".972" = sitofp <8 x i16> %".971" to <8 x float>
  %".973" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".747", i32 0
  %".974" = shufflevector <8 x float> %".973", <8 x float> %".973", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".975" = fmul <8 x float> %".974", %".939"
  %".976" = fsub <8 x float> %".972", %".975"
  %".977" = xor i32 %".132", 2654435769
  %".978" = lshr i32 %".977", 16
  %".979" = xor i32 %".977", %".978"
  %".980" = mul i32 %".979", 2146121005
  %".981" = lshr i32 %".980", 15
  %".982" = xor i32 %".980", %".981"
  %".983" = mul i32 %".982", 2221713035
  %".984" = lshr i32 %".983", 16
  %".985" = xor i32 %".983", %".984"
  %".986" = trunc <8 x i64> %".938" to <8 x i32>
  %".987" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".985", i32 0
  %".988" = shufflevector <8 x i32> %".987", <8 x i32> %".987", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".989" = mul <8 x i32> %".986", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".990" = add <8 x i32> %".988", %".989"
  %".991" = lshr <8 x i32> %".990", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".992" = uitofp <8 x i32> %".991" to <8 x float>
  %".993" = fmul <8 x float> %".992", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".994" = fadd <8 x float> %".976", %".993"
  %".995" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".994")
  %".996" = fcmp ogt <8 x float> %".995", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".997" = select  <8 x i1> %".996", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".995"
  %".998" = fcmp olt <8 x float> %".997", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".999" = select  <8 x i1> %".998", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".997"
  %".1000" = fptosi <8 x float> %".999" to <8 x i16>
  %".1001" = extractelement <8 x i16> %".1000", i32 0
  %".1002" = extractelement <8 x i64> %".938", i32 0
  %".1003" = getelementptr inbounds i16, ptr %".141", i64 %".1002"
  store i16 %".1001", ptr %".1003", !alias.scope !6, !noalias !7
  %".1005" = extractelement <8 x i16> %".1000", i32 1
  %".1006" = extractelement <8 x i64> %".938", i32 1
  %".1007" = getelementptr inbounds i16, ptr %".141", i64 %".1006"
  store i16 %".1005", ptr %".1007", !alias.scope !6, !noalias !7
  %".1009" = extractelement <8 x i16> %".1000", i32 2
  %".1010" = extractelement <8 x i64> %".938", i32 2
  %".1011" = getelementptr inbounds i16, ptr %".141", i64 %".1010"
  store i16 %".1009", ptr %".1011", !alias.scope !6, !noalias !7
  %".1013" = extractelement <8 x i16> %".1000", i32 3
  %".1014" = extractelement <8 x i64> %".938", i32 3
  %".1015" = getelementptr inbounds i16, ptr %".141", i64 %".1014"
  store i16 %".1013", ptr %".1015", !alias.scope !6, !noalias !7
  %".1017" = extractelement <8 x i16> %".1000", i32 4
  %".1018" = extractelement <8 x i64> %".938", i32 4
  %".1019" = getelementptr inbounds i16, ptr %".141", i64 %".1018"
  store i16 %".1017", ptr %".1019", !alias.scope !6, !noalias !7
  %".1021" = extractelement <8 x i16> %".1000", i32 5
  %".1022" = extractelement <8 x i64> %".938", i32 5
  %".1023" = getelementptr inbounds i16, ptr %".141", i64 %".1022"
  store i16 %".1021", ptr %".1023", !alias.scope !6, !noalias !7
  %".1025" = extractelement <8 x i16> %".1000", i32 6
  %".1026" = extractelement <8 x i64> %".938", i32 6
  %".1027" = getelementptr inbounds i16, ptr %".141", i64 %".1026"
  store i16 %".1025", ptr %".1027", !alias.scope !6, !noalias !7
  %".1029" = extractelement <8 x i16> %".1000", i32 7
  %".1030" = extractelement <8 x i64> %".938", i32 7
  %".1031" = getelementptr inbounds i16, ptr %".141", i64 %".1030"
  store i16 %".1029", ptr %".1031", !alias.scope !6, !noalias !7
  %".1033" = add i64 %"spv.3", 1
  br label %"spv.head.3"
spv.done.3:
  %".1035" = mul i64 %".928", 8
  %".1036" = add i64 %".926", %".1035"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".1036", %"spv.done.3"], [%".1074", %"sp.body"]
  %".1038" = icmp slt i64 %"sp", %".752"
  br i1 %".1038", label %"sp.body", label %"sp.done"
sp.body:
  %".1040" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".1041" = load i32, ptr %".1040", !alias.scope !4, !noalias !5
  %".1042" = sext i32 %".1041" to i64
  %".1043" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"sp"
  %".1044" = load i8, ptr %".1043", !alias.scope !4, !noalias !5
  %".1045" = sitofp i8 %".1044" to float
  %".1046" = getelementptr inbounds i16, ptr %".141", i64 %".1042"
  %".1047" = load i16, ptr %".1046", !alias.scope !6, !noalias !7
  %".1048" = sitofp i16 %".1047" to float
  %".1049" = fmul float %".747", %".1045"
  %".1050" = fsub float %".1048", %".1049"
  %".1051" = xor i32 %".132", 2654435769
  %".1052" = lshr i32 %".1051", 16
  %".1053" = xor i32 %".1051", %".1052"
  %".1054" = mul i32 %".1053", 2146121005
  %".1055" = lshr i32 %".1054", 15
  %".1056" = xor i32 %".1054", %".1055"
  %".1057" = mul i32 %".1056", 2221713035
  %".1058" = lshr i32 %".1057", 16
  %".1059" = xor i32 %".1057", %".1058"
  %".1060" = trunc i64 %".1042" to i32
  %".1061" = mul i32 %".1060", 2654435769
  %".1062" = add i32 %".1059", %".1061"
  %".1063" = lshr i32 %".1062", 8
  %".1064" = uitofp i32 %".1063" to float
  %".1065" = fmul float %".1064", 0x3e70000000000000
  %".1066" = fadd float %".1050", %".1065"
  %".1067" = call float @"llvm.floor.f32"(float %".1066")
  %".1068" = fcmp ogt float %".1067", 0x40dfffc000000000
  %".1069" = select  i1 %".1068", float 0x40dfffc000000000, float %".1067"
  %".1070" = fcmp olt float %".1069", 0xc0dfffc000000000
  %".1071" = select  i1 %".1070", float 0xc0dfffc000000000, float %".1069"
  %".1072" = fptosi float %".1071" to i16
  store i16 %".1072", ptr %".1046", !alias.scope !6, !noalias !7
  %".1074" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".1076" = fmul float 0x3fb99999a0000000, 0x40b0000000000000
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"sp.done"], [%".1112", %"rows.body"]
  %".1078" = icmp slt i64 %"rows", %"dim.classes"
  br i1 %".1078", label %"rows.body", label %"rows.done"
rows.body:
  %".1080" = getelementptr inbounds float, float* %"t11.m.1", i64 %"rows"
  %".1081" = load float, float* %".1080"
  %".1082" = getelementptr inbounds i16, ptr %".134", i64 %"rows"
  %".1083" = load i16, ptr %".1082", !alias.scope !8, !noalias !9
  %".1084" = sitofp i16 %".1083" to float
  %".1085" = fmul float %".1081", %".1076"
  %".1086" = fsub float %".1084", %".1085"
  %".1087" = xor i32 %".132", 1013904242
  %".1088" = lshr i32 %".1087", 16
  %".1089" = xor i32 %".1087", %".1088"
  %".1090" = mul i32 %".1089", 2146121005
  %".1091" = lshr i32 %".1090", 15
  %".1092" = xor i32 %".1090", %".1091"
  %".1093" = mul i32 %".1092", 2221713035
  %".1094" = lshr i32 %".1093", 16
  %".1095" = xor i32 %".1093", %".1094"
  %".1096" = trunc i64 %"rows" to i32
  %".1097" = mul i32 %".1096", 2654435769
  %".1098" = add i32 %".1095", %".1097"
  %".1099" = lshr i32 %".1098", 8
  %".1100" = uitofp i32 %".1099" to float
  %".1101" = fmul float %".1100", 0x3e70000000000000
  %".1102" = fadd float %".1086", %".1101"
  %".1103" = call float @"llvm.floor.f32"(float %".1102")
  %".1104" = fcmp ogt float %".1103", 0x40dfffc000000000
  %".1105" = select  i1 %".1104", float 0x40dfffc000000000, float %".1103"
  %".1106" = fcmp olt float %".1105", 0xc0dfffc000000000
  %".1107" = select  i1 %".1106", float 0xc0dfffc000000000, float %".1105"
  %".1108" = fcmp uno float %".1107", %".1107"
  %".1109" = select  i1 %".1108", float              0x0, float %".1107"
  %".1110" = fptosi float %".1109" to i16
  store i16 %".1110", ptr %".1082", !alias.scope !8, !noalias !9
  %".1112" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".1114" = getelementptr inbounds i16, ptr %".144", i64 0
  %".1115" = load i16, ptr %".1114", !alias.scope !8, !noalias !9
  %".1116" = sitofp i16 %".1115" to float
  %".1117" = fmul float %".1116", 0x3f30000000000000
  %".1118" = fmul float 0x3fb99999a0000000, 0xbff0000000000000
  %".1119" = fmul float %".1118", 0x40b0000000000000
  %".1120" = fsub float %".1116", %".1119"
  %".1121" = xor i32 %".132", 3668340011
  %".1122" = lshr i32 %".1121", 16
  %".1123" = xor i32 %".1121", %".1122"
  %".1124" = mul i32 %".1123", 2146121005
  %".1125" = lshr i32 %".1124", 15
  %".1126" = xor i32 %".1124", %".1125"
  %".1127" = mul i32 %".1126", 2221713035
  %".1128" = lshr i32 %".1127", 16
  %".1129" = xor i32 %".1127", %".1128"
  %".1130" = trunc i64 0 to i32
  %".1131" = mul i32 %".1130", 2654435769
  %".1132" = add i32 %".1129", %".1131"
  %".1133" = lshr i32 %".1132", 8
  %".1134" = uitofp i32 %".1133" to float
  %".1135" = fmul float %".1134", 0x3e70000000000000
  %".1136" = fadd float %".1120", %".1135"
  %".1137" = call float @"llvm.floor.f32"(float %".1136")
  %".1138" = fcmp ogt float %".1137", 0x40dfffc000000000
  %".1139" = select  i1 %".1138", float 0x40dfffc000000000, float %".1137"
  %".1140" = fcmp olt float %".1139", 0xc0dfffc000000000
  %".1141" = select  i1 %".1140", float 0xc0dfffc000000000, float %".1139"
  %".1142" = fcmp uno float %".1141", %".1141"
  %".1143" = select  i1 %".1142", float              0x0, float %".1141"
  %".1144" = fptosi float %".1143" to i16
  store i16 %".1144", ptr %".1114", !alias.scope !8, !noalias !9
  br i1 %".17", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".1147" = load i64, i64* %"push.left"
  %".1148" = sub i64 %".1147", 1
  store i64 %".1148", i64* %"push.left"
  %".1150" = icmp sle i64 %".1148", 0
  br i1 %".1150", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".1208" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  %".1152" = mul i64 1, %"dim.classes"
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".1203", %"cas.done"]
  %".1154" = icmp slt i64 %"cp.1", %".1152"
  br i1 %".1154", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".1156" = getelementptr inbounds i16, ptr %"param.b.p", i64 %"cp.1"
  %".1157" = getelementptr inbounds i16, ptr %"base.b.p", i64 %"cp.1"
  %".1158" = getelementptr inbounds i16, ptr %"master.b.p", i64 %"cp.1"
  %".1159" = load i16, ptr %".1156"
  %".1160" = load i16, ptr %".1157"
  %".1161" = sext i16 %".1159" to i32
  %".1162" = sext i16 %".1160" to i32
  %".1163" = sub i32 %".1161", %".1162"
  %".1164" = sitofp i32 %".1163" to float
  %".1165" = fmul float %".1164", %".16"
  %".1166" = trunc i64 %"ex" to i32
  %".1167" = mul i32 %".1166", 2654435769
  %".1168" = trunc i64 %"cp.1" to i32
  %".1169" = mul i32 %".1168", 2246822507
  %".1170" = xor i32 %".1167", %".1169"
  %".1171" = lshr i32 %".1170", 16
  %".1172" = xor i32 %".1170", %".1171"
  %".1173" = mul i32 %".1172", 2146121005
  %".1174" = lshr i32 %".1173", 15
  %".1175" = xor i32 %".1173", %".1174"
  %".1176" = mul i32 %".1175", 2221713035
  %".1177" = lshr i32 %".1176", 16
  %".1178" = xor i32 %".1176", %".1177"
  %".1179" = lshr i32 %".1178", 8
  %".1180" = uitofp i32 %".1179" to float
  %".1181" = fmul float %".1180", 0x3e70000000000000
  %".1182" = fadd float %".1165", %".1181"
  %".1183" = call float @"llvm.floor.f32"(float %".1182")
  %".1184" = fptosi float %".1183" to i32
  %".1185" = load atomic i16, ptr %".1158" monotonic, align 2
  br label %"cas.head"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
cas.head:
  %".1187" = phi  i16 [%".1185", %"cp.body.1"], [%".1198", %"cas.again"]
  %".1188" = sext i16 %".1187" to i32
  %".1189" = add i32 %".1188", %".1184"
  %".1190" = icmp sgt i32 %".1189", 32767
  %".1191" = select  i1 %".1190", i32 32767, i32 %".1189"
  %".1192" = icmp slt i32 %".1191", -32767
  %".1193" = select  i1 %".1192", i32 -32767, i32 %".1191"
  %".1194" = trunc i32 %".1193" to i16
  %".1195" = cmpxchg ptr %".1158", i16 %".1187", i16 %".1194" monotonic monotonic
  %".1196" = extractvalue {i16, i1} %".1195", 1
  br i1 %".1196", label %"cas.done", label %"cas.again"
cas.again:
  %".1198" = extractvalue {i16, i1} %".1195", 0
  br label %"cas.head"
cas.done:
  %".1200" = load atomic i16, ptr %".1158" monotonic, align 2
  store i16 %".1200", ptr %".1156"
  store i16 %".1200", ptr %".1157"
  %".1203" = add i64 %"cp.1", 1
  br label %"cp.head.1"
ex.done.if:
  %".1211" = mul i64 1, %"dim.classes"
  br label %"cp.head.2"
ex.done.endif:
  %".1265" = load double, double* %"loss.acc"
  store double %".1265", ptr %"out"
  %".1267" = load i32, i32* %"rng.state"
  store i32 %".1267", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".1262", %"cas.done.1"]
  %".1213" = icmp slt i64 %"cp.2", %".1211"
  br i1 %".1213", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".1215" = getelementptr inbounds i16, ptr %"param.b.p", i64 %"cp.2"
  %".1216" = getelementptr inbounds i16, ptr %"base.b.p", i64 %"cp.2"
  %".1217" = getelementptr inbounds i16, ptr %"master.b.p", i64 %"cp.2"
  %".1218" = load i16, ptr %".1215"
  %".1219" = load i16, ptr %".1216"
  %".1220" = sext i16 %".1218" to i32
  %".1221" = sext i16 %".1219" to i32
  %".1222" = sub i32 %".1220", %".1221"
  %".1223" = sitofp i32 %".1222" to float
  %".1224" = fmul float %".1223", %".16"
  %".1225" = trunc i64 %"end" to i32
  %".1226" = mul i32 %".1225", 2654435769
  %".1227" = trunc i64 %"cp.2" to i32
  %".1228" = mul i32 %".1227", 2246822507
  %".1229" = xor i32 %".1226", %".1228"
  %".1230" = lshr i32 %".1229", 16
  %".1231" = xor i32 %".1229", %".1230"
  %".1232" = mul i32 %".1231", 2146121005
  %".1233" = lshr i32 %".1232", 15
  %".1234" = xor i32 %".1232", %".1233"
  %".1235" = mul i32 %".1234", 2221713035
  %".1236" = lshr i32 %".1235", 16
  %".1237" = xor i32 %".1235", %".1236"
  %".1238" = lshr i32 %".1237", 8
  %".1239" = uitofp i32 %".1238" to float
  %".1240" = fmul float %".1239", 0x3e70000000000000
  %".1241" = fadd float %".1224", %".1240"
  %".1242" = call float @"llvm.floor.f32"(float %".1241")
  %".1243" = fptosi float %".1242" to i32
  %".1244" = load atomic i16, ptr %".1217" monotonic, align 2
  br label %"cas.head.1"
cp.done.2:
  br label %"ex.done.endif"
cas.head.1:
  %".1246" = phi  i16 [%".1244", %"cp.body.2"], [%".1257", %"cas.again.1"]
  %".1247" = sext i16 %".1246" to i32
  %".1248" = add i32 %".1247", %".1243"
  %".1249" = icmp sgt i32 %".1248", 32767
  %".1250" = select  i1 %".1249", i32 32767, i32 %".1248"
  %".1251" = icmp slt i32 %".1250", -32767
  %".1252" = select  i1 %".1251", i32 -32767, i32 %".1250"
  %".1253" = trunc i32 %".1252" to i16
  %".1254" = cmpxchg ptr %".1217", i16 %".1246", i16 %".1253" monotonic monotonic
  %".1255" = extractvalue {i16, i1} %".1254", 1
  br i1 %".1255", label %"cas.done.1", label %"cas.again.1"
cas.again.1:
  %".1257" = extractvalue {i16, i1} %".1254", 0
  br label %"cas.head.1"
cas.done.1:
  %".1259" = load atomic i16, ptr %".1217" monotonic, align 2
  store i16 %".1259", ptr %".1215"
  store i16 %".1259", ptr %".1216"
  %".1262" = add i64 %"cp.2", 1
  br label %"cp.head.2"
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
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".9"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.classes" = load i64, ptr %".11"
  %"p0" = alloca float, i64 %"dim.classes"
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
  %".15" = icmp slt i64 %"mv", %"dim.classes"
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
  %".92" = mul i64 %"ex", %"dim.classes"
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
  %".94" = icmp slt i64 %"out.1", %"dim.classes"
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
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.d" = load i64, ptr %".11"
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".13"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".19"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.classes" = load i64, ptr %".24"
  %"t0" = alloca float, i64 %"dim.classes"
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".30"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".36" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".36"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".37" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".37"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".38" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".38"
  %".39" = trunc i64 %"scale.x" to i32
  %".40" = bitcast i32 %".39" to float
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
  %"ex" = phi  i64 [%"begin", %"start"], [%".214", %"lse.done.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.b.p", i64 0
  %".12" = mul i64 1, %"dim.d"
  %".14" = getelementptr inbounds i32, ptr %"field.y.p", i64 %"ex"
  %".15" = load i32, ptr %".14", !alias.scope !4, !noalias !5
  %".16" = sext i32 %".15" to i64
  %".17" = mul i64 %".16", %".12"
  %".18" = add i64 0, %".17"
  %".20" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".18"
  %".21" = mul i64 %".16", 1
  %".22" = add i64 0, %".21"
  %".23" = getelementptr inbounds i16, ptr %"param.b.p", i64 %".22"
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".101", %"mv.body.endif"]
  %".26" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".26", label %"mv.body", label %"mv.done"
mv.body:
  %".28" = mul i64 %"mv", %"dim.d"
  %".29" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".28"
  %".31" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".32" = load i64, ptr %".31", !alias.scope !4, !noalias !5
  %".33" = add i64 %"ex", 1
  %".34" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".33"
  %".35" = load i64, ptr %".34", !alias.scope !4, !noalias !5
  %".41" = fmul float %".40", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".43" = sub i64 %".35", %".32"
  %".44" = icmp sle i64 %".43", 516
  br i1 %".44", label %"mv.body.if", label %"mv.body.else"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".96" = load i64, i64* %"idot.acc"
  %".97" = sitofp i64 %".96" to float
  %".98" = fmul float %".97", %".41"
  %".99" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".98", float* %".99"
  %".101" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".32", %"mv.body.if"], [%".67", %"idot32.body"]
  %".48" = icmp slt i64 %"idot32", %".35"
  br i1 %".48", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".50" = load i32, i32* %"idot.acc32"
  %".51" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".52" = load i32, ptr %".51", !alias.scope !4, !noalias !5
  %".53" = sext i32 %".52" to i64
  %".54" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".55" = load i8, ptr %".54", !alias.scope !4, !noalias !5
  %".56" = sitofp i8 %".55" to float
  %".57" = fmul float %".56", %".40"
  %".58" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".59" = load i8, ptr %".58", !alias.scope !4, !noalias !5
  %".60" = sext i8 %".59" to i32
  %".61" = getelementptr inbounds i16, ptr %".29", i64 %".53"
  %".62" = load i16, ptr %".61", !alias.scope !6, !noalias !7
  %".63" = sext i16 %".62" to i32
  %".64" = mul i32 %".60", %".63"
  %".65" = add i32 %".50", %".64"
  store i32 %".65", i32* %"idot.acc32"
  %".67" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".69" = load i32, i32* %"idot.acc32"
  %".70" = sext i32 %".69" to i64
  store i64 %".70", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".32", %"mv.body.else"], [%".93", %"idot64.body"]
  %".74" = icmp slt i64 %"idot64", %".35"
  br i1 %".74", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".76" = load i64, i64* %"idot.acc"
  %".77" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".78" = load i32, ptr %".77", !alias.scope !4, !noalias !5
  %".79" = sext i32 %".78" to i64
  %".80" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".81" = load i8, ptr %".80", !alias.scope !4, !noalias !5
  %".82" = sitofp i8 %".81" to float
  %".83" = fmul float %".82", %".40"
  %".84" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".85" = load i8, ptr %".84", !alias.scope !4, !noalias !5
  %".86" = sext i8 %".85" to i64
  %".87" = getelementptr inbounds i16, ptr %".29", i64 %".79"
  %".88" = load i16, ptr %".87", !alias.scope !6, !noalias !7
  %".89" = sext i16 %".88" to i64
  %".90" = mul i64 %".86", %".89"
  %".91" = add i64 %".76", %".90"
  store i64 %".91", i64* %"idot.acc"
  %".93" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".118", %"lsemax.body"]
  %".105" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".105", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".107" = load float, float* %"lsemax.acc"
  %".108" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".109" = load float, float* %".108"
  %".110" = getelementptr inbounds i16, ptr %".10", i64 %"lsemax"
  %".111" = load i16, ptr %".110", !alias.scope !8, !noalias !9
  %".112" = sitofp i16 %".111" to float
  %".113" = fmul float %".112", 0x3f30000000000000
  %".114" = fadd float %".109", %".113"
  %".115" = fcmp oge float %".107", %".114"
  %".116" = select  i1 %".115", float %".107", float %".114"
  store float %".116", float* %"lsemax.acc"
  %".118" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".120" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".137", %"lse.body"]
  %".123" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".123", label %"lse.body", label %"lse.done"
lse.body:
  %".125" = load float, float* %"lse.acc"
  %".126" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".127" = load float, float* %".126"
  %".128" = getelementptr inbounds i16, ptr %".10", i64 %"lse"
  %".129" = load i16, ptr %".128", !alias.scope !8, !noalias !9
  %".130" = sitofp i16 %".129" to float
  %".131" = fmul float %".130", 0x3f30000000000000
  %".132" = fadd float %".127", %".131"
  %".133" = fsub float %".132", %".120"
  %".134" = call float @"llvm.exp.f32"(float %".133")
  %".135" = fadd float %".125", %".134"
  store float %".135", float* %"lse.acc"
  %".137" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".139" = load float, float* %"lse.acc"
  %".140" = call float @"llvm.log.f32"(float %".139")
  %".141" = fadd float %".120", %".140"
  %".142" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".143" = load i64, ptr %".142", !alias.scope !4, !noalias !5
  %".144" = add i64 %"ex", 1
  %".145" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".144"
  %".146" = load i64, ptr %".145", !alias.scope !4, !noalias !5
  %".147" = fmul float %".40", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".149" = sub i64 %".146", %".143"
  %".150" = icmp sle i64 %".149", 516
  br i1 %".150", label %"lse.done.if", label %"lse.done.else"
lse.done.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
lse.done.else:
  br label %"idot64.head.1"
lse.done.endif:
  %".202" = load i64, i64* %"idot.acc.1"
  %".203" = sitofp i64 %".202" to float
  %".204" = fmul float %".203", %".147"
  %".205" = getelementptr inbounds i16, ptr %".23", i64 0
  %".206" = load i16, ptr %".205", !alias.scope !8, !noalias !9
  %".207" = sitofp i16 %".206" to float
  %".208" = fmul float %".207", 0x3f30000000000000
  %".209" = fadd float %".204", %".208"
  %".210" = fsub float %".141", %".209"
  %".211" = fpext float %".210" to double
  %".212" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".211", ptr %".212"
  %".214" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".143", %"lse.done.if"], [%".173", %"idot32.body.1"]
  %".154" = icmp slt i64 %"idot32.1", %".146"
  br i1 %".154", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".156" = load i32, i32* %"idot.acc32.1"
  %".157" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".158" = load i32, ptr %".157", !alias.scope !4, !noalias !5
  %".159" = sext i32 %".158" to i64
  %".160" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".161" = load i8, ptr %".160", !alias.scope !4, !noalias !5
  %".162" = sitofp i8 %".161" to float
  %".163" = fmul float %".162", %".40"
  %".164" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".165" = load i8, ptr %".164", !alias.scope !4, !noalias !5
  %".166" = sext i8 %".165" to i32
  %".167" = getelementptr inbounds i16, ptr %".20", i64 %".159"
  %".168" = load i16, ptr %".167", !alias.scope !6, !noalias !7
  %".169" = sext i16 %".168" to i32
  %".170" = mul i32 %".166", %".169"
  %".171" = add i32 %".156", %".170"
  store i32 %".171", i32* %"idot.acc32.1"
  %".173" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".175" = load i32, i32* %"idot.acc32.1"
  %".176" = sext i32 %".175" to i64
  store i64 %".176", i64* %"idot.acc.1"
  br label %"lse.done.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".143", %"lse.done.else"], [%".199", %"idot64.body.1"]
  %".180" = icmp slt i64 %"idot64.1", %".146"
  br i1 %".180", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".182" = load i64, i64* %"idot.acc.1"
  %".183" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".184" = load i32, ptr %".183", !alias.scope !4, !noalias !5
  %".185" = sext i32 %".184" to i64
  %".186" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".187" = load i8, ptr %".186", !alias.scope !4, !noalias !5
  %".188" = sitofp i8 %".187" to float
  %".189" = fmul float %".188", %".40"
  %".190" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".191" = load i8, ptr %".190", !alias.scope !4, !noalias !5
  %".192" = sext i8 %".191" to i64
  %".193" = getelementptr inbounds i16, ptr %".20", i64 %".185"
  %".194" = load i16, ptr %".193", !alias.scope !6, !noalias !7
  %".195" = sext i16 %".194" to i64
  %".196" = mul i64 %".192", %".195"
  %".197" = add i64 %".182", %".196"
  store i64 %".197", i64* %"idot.acc.1"
  %".199" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"lse.done.endif"
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