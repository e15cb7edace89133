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
  %"t12.m" = alloca float, i64 %"dim.classes"
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".834", %"rows.done.endif"]
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
  %"mat" = phi  i64 [0, %"lse.done.endif"], [%".349", %"mat.body"]
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
  %".344" = icmp eq i64 %"mat", %".138"
  %".345" = fadd float %".343", 0xbff0000000000000
  %".346" = select  i1 %".344", float %".345", float %".343"
  %".347" = getelementptr inbounds float, float* %"t12.m", i64 %"mat"
  store float %".346", float* %".347"
  %".349" = add i64 %"mat", 1
  br label %"mat.head"
mat.done:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"mat.done"], [%".722", %"op.done"]
  %".352" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".352", label %"outer.body", label %"outer.done"
outer.body:
  %".354" = mul i64 %"outer", %"dim.d"
  %".355" = getelementptr inbounds i16, ptr %"param.W.p", i64 %".354"
  %".356" = getelementptr inbounds float, float* %"t12.m", i64 %"outer"
  %".357" = load float, float* %".356"
  %".358" = fmul float 0x3fb99999a0000000, 0x3eb0c6f7a0000000
  %".359" = fsub float 0x3ff0000000000000, %".358"
  %".360" = fmul float 0x3fb99999a0000000, %".357"
  %".361" = fmul float %".157", 0x40b0000000000000
  %".362" = fmul float %".360", %".361"
  %".363" = fcmp ogt float %".359", 0x4630000000000000
  %".364" = select  i1 %".363", float 0x4630000000000000, float %".359"
  %".365" = fcmp olt float %".364", 0xc630000000000000
  %".366" = select  i1 %".365", float 0xc630000000000000, float %".364"
  %".367" = fcmp uno float %".359", %".359"
  %".368" = fcmp uno float %".362", %".362"
  %".369" = or i1 %".367", %".368"
  %".370" = select  i1 %".369", float 0x3ff0000000000000, float %".366"
  %".371" = fcmp ogt float %".362", 0x4630000000000000
  %".372" = select  i1 %".371", float 0x4630000000000000, float %".362"
  %".373" = fcmp olt float %".372", 0xc630000000000000
  %".374" = select  i1 %".373", float 0xc630000000000000, float %".372"
  %".375" = fcmp uno float %".362", %".362"
  %".376" = fcmp uno float %".359", %".359"
  %".377" = or i1 %".375", %".376"
  %".378" = select  i1 %".377", float              0x0, float %".374"
  %".379" = mul i64 %"outer", %"dim.d"
  %".380" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".122"
  %".381" = load i64, ptr %".380", !alias.scope !4, !noalias !5
  %".382" = add i64 %".122", 1
  %".383" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".382"
  %".384" = load i64, ptr %".383", !alias.scope !4, !noalias !5
  %".385" = sub i64 %".384", %".381"
  %".386" = sdiv i64 %".385", 16
  br label %"spv.head"
outer.done:
  %".724" = fmul float 0x3fb99999a0000000, 0x40b0000000000000
  br label %"rows.head"
spv.head:
  %"spv" = phi  i64 [0, %"outer.body"], [%".561", %"spv.body"]
  %".388" = icmp slt i64 %"spv", %".386"
  br i1 %".388", label %"spv.body", label %"spv.done"
spv.body:
  %".390" = mul i64 %"spv", 16
  %".391" = add i64 %".381", %".390"
  %".392" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".391"
  %".393" = load <16 x i32>, ptr %".392", align 4, !alias.scope !4, !noalias !5
  %".394" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".391"
  %".395" = load <16 x i8>, ptr %".394", align 1, !alias.scope !4, !noalias !5
  %".396" = sext <16 x i32> %".393" to <16 x i64>
  %".397" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".379", i32 0
  %".398" = shufflevector <16 x i64> %".397", <16 x i64> %".397", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".399" = add <16 x i64> %".396", %".398"
  %".400" = sitofp <16 x i8> %".395" to <16 x float>
  %".401" = extractelement <16 x i64> %".396", i32 0
  %".402" = getelementptr inbounds i16, ptr %".355", i64 %".401"
  %".403" = load i16, ptr %".402", !alias.scope !6, !noalias !7
  %".404" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".403", i32 0
  %".405" = extractelement <16 x i64> %".396", i32 1
  %".406" = getelementptr inbounds i16, ptr %".355", i64 %".405"
  %".407" = load i16, ptr %".406", !alias.scope !6, !noalias !7
  %".408" = insertelement <16 x i16> %".404", i16 %".407", i32 1
  %".409" = extractelement <16 x i64> %".396", i32 2
  %".410" = getelementptr inbounds i16, ptr %".355", i64 %".409"
  %".411" = load i16, ptr %".410", !alias.scope !6, !noalias !7
  %".412" = insertelement <16 x i16> %".408", i16 %".411", i32 2
  %".413" = extractelement <16 x i64> %".396", i32 3
  %".414" = getelementptr inbounds i16, ptr %".355", i64 %".413"
  %".415" = load i16, ptr %".414", !alias.scope !6, !noalias !7
  %".416" = insertelement <16 x i16> %".412", i16 %".415", i32 3
  %".417" = extractelement <16 x i64> %".396", i32 4
  %".418" = getelementptr inbounds i16, ptr %".355", i64 %".417"
  %".419" = load i16, ptr %".418", !alias.scope !6, !noalias !7
  %".420" = insertelement <16 x i16> %".416", i16 %".419", i32 4
  %".421" = extractelement <16 x i64> %".396", i32 5
  %".422" = getelementptr inbounds i16, ptr %".355", i64 %".421"
  %".423" = load i16, ptr %".422", !alias.scope !6, !noalias !7
  %".424" = insertelement <16 x i16> %".420", i16 %".423", i32 5
  %".425" = extractelement <16 x i64> %".396", i32 6
  %".426" = getelementptr inbounds i16, ptr %".355", i64 %".425"
  %".427" = load i16, ptr %".426", !alias.scope !6, !noalias !7
  %".428" = insertelement <16 x i16> %".424", i16 %".427", i32 6
  %".429" = extractelement <16 x i64> %".396", i32 7
  %".430" = getelementptr inbounds i16, ptr %".355", i64 %".429"
  %".431" = load i16, ptr %".430", !alias.scope !6, !noalias !7
  %".432" = insertelement <16 x i16> %".428", i16 %".431", i32 7
  %".433" = extractelement <16 x i64> %".396", i32 8
  %".434" = getelementptr inbounds i16, ptr %".355", i64 %".433"
  %".435" = load i16, ptr %".434", !alias.scope !6, !noalias !7
  %".436" = insertelement <16 x i16> %".432", i16 %".435", i32 8
  %".437" = extractelement <16 x i64> %".396", i32 9
  %".438" = getelementptr inbounds i16, ptr %".355", i64 %".437"
  %".439" = load i16, ptr %".438", !alias.scope !6, !noalias !7
  %".440" = insertelement <16 x i16> %".436", i16 %".439", i32 9
  %".441" = extractelement <16 x i64> %".396", i32 10
  %".442" = getelementptr inbounds i16, ptr %".355", i64 %".441"
  %".443" = load i16, ptr %".442", !alias.scope !6, !noalias !7
  %".444" = insertelement <16 x i16> %".440", i16 %".443", i32 10
  %".445" = extractelement <16 x i64> %".396", i32 11
  %".446" = getelementptr inbounds i16, ptr %".355", i64 %".445"
  %".447" = load i16, ptr %".446", !alias.scope !6, !noalias !7
  %".448" = insertelement <16 x i16> %".444", i16 %".447", i32 11
  %".449" = extractelement <16 x i64> %".396", i32 12
  %".450" = getelementptr inbounds i16, ptr %".355", i64 %".449"
  %".451" = load i16, ptr %".450", !alias.scope !6, !noalias !7
  %".452" = insertelement <16 x i16> %".448", i16 %".451", i32 12
  %".453" = extractelement <16 x i64> %".396", i32 13
  %".454" = getelementptr inbounds i16, ptr %".355", i64 %".453"
  %".455" = load i16, ptr %".454", !alias.scope !6, !noalias !7
  %".456" = insertelement <16 x i16> %".452", i16 %".455", i32 13
  %".457" = extractelement <16 x i64> %".396", i32 14
  %".458" = getelementptr inbounds i16, ptr %".355", i64 %".457"
  %".459" = load i16, ptr %".458", !alias.scope !6, !noalias !7
  %".460" = insertelement <16 x i16> %".456", i16 %".459", i32 14
  %".461" = extractelement <16 x i64> %".396", i32 15
  %".462" = getelementptr inbounds i16, ptr %".355", i64 %".461"
  %".463" = load i16, ptr %".462", !alias.scope !6, !noalias !7
  %".464" = insertelement <16 x i16> %".460", i16 %".463", i32 15
  %".465" = sitofp <16 x i16> %".464" to <16 x float>
  %".466" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".370", i32 0
  %".467" = shufflevector <16 x float> %".466", <16 x float> %".466", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".468" = fmul <16 x float> %".465", %".467"
  %".469" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".378", i32 0
  %".470" = shufflevector <16 x float> %".469", <16 x float> %".469", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".471" = fmul <16 x float> %".470", %".400"
  %".472" = fsub <16 x float> %".468", %".471"
  %".473" = xor i32 %".132", 0
  %".474" = lshr i32 %".473", 16
  %".475" = xor i32 %".473", %".474"
  %".476" = mul i32 %".475", 2146121005
  %".477" = lshr i32 %".476", 15
  %".478" = xor i32 %".476", %".477"
  %".479" = mul i32 %".478", 2221713035
  %".480" = lshr i32 %".479", 16
  %".481" = xor i32 %".479", %".480"
  %".482" = trunc <16 x i64> %".399" to <16 x i32>
  %".483" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".481", i32 0
  %".484" = shufflevector <16 x i32> %".483", <16 x i32> %".483", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".485" = mul <16 x i32> %".482", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".486" = add <16 x i32> %".484", %".485"
  %".487" = lshr <16 x i32> %".486", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".488" = uitofp <16 x i32> %".487" to <16 x float>
  %".489" = fmul <16 x float> %".488", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".490" = fadd <16 x float> %".472", %".489"
  %".491" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".490")
  %".492" = fcmp ogt <16 x float> %".491", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".493" = select  <16 x i1> %".492", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".491"
  %".494" = fcmp olt <16 x float> %".493", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".495" = select  <16 x i1> %".494", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".493"
  %".496" = fptosi <16 x float> %".495" to <16 x i16>
  %".497" = extractelement <16 x i16> %".496", i32 0
  %".498" = extractelement <16 x i64> %".396", i32 0
  %".499" = getelementptr inbounds i16, ptr %".355", i64 %".498"
  store i16 %".497", ptr %".499", !alias.scope !6, !noalias !7
  %".501" = extractelement <16 x i16> %".496", i32 1
  %".502" = extractelement <16 x i64> %".396", i32 1
  %".503" = getelementptr inbounds i16, ptr %".355", i64 %".502"
  store i16 %".501", ptr %".503", !alias.scope !6, !noalias !7
  %".505" = extractelement <16 x i16> %".496", i32 2
  %".506" = extractelement <16 x i64> %".396", i32 2
  %".507" = getelementptr inbounds i16, ptr %".355", i64 %".506"
  store i16 %".505", ptr %".507", !alias.scope !6, !noalias !7
  %".509" = extractelement <16 x i16> %".496", i32 3
  %".510" = extractelement <16 x i64> %".396", i32 3
  %".511" = getelementptr inbounds i16, ptr %".355", i64 %".510"
  store i16 %".509", ptr %".511", !alias.scope !6, !noalias !7
  %".513" = extractelement <16 x i16> %".496", i32 4
  %".514" = extractelement <16 x i64> %".396", i32 4
  %".515" = getelementptr inbounds i16, ptr %".355", i64 %".514"
  store i16 %".513", ptr %".515", !alias.scope !6, !noalias !7
  %".517" = extractelement <16 x i16> %".496", i32 5
  %".518" = extractelement <16 x i64> %".396", i32 5
  %".519" = getelementptr inbounds i16, ptr %".355", i64 %".518"
  store i16 %".517", ptr %".519", !alias.scope !6, !noalias !7
  %".521" = extractelement <16 x i16> %".496", i32 6
  %".522" = extractelement <16 x i64> %".396", i32 6
  %".523" = getelementptr inbounds i16, ptr %".355", i64 %".522"
  store i16 %".521", ptr %".523", !alias.scope !6, !noalias !7
  %".525" = extractelement <16 x i16> %".496", i32 7
  %".526" = extractelement <16 x i64> %".396", i32 7
  %".527" = getelementptr inbounds i16, ptr %".355", i64 %".526"
  store i16 %".525", ptr %".527", !alias.scope !6, !noalias !7
  %".529" = extractelement <16 x i16> %".496", i32 8
  %".530" = extractelement <16 x i64> %".396", i32 8
  %".531" = getelementptr inbounds i16, ptr %".355", i64 %".530"
  store i16 %".529", ptr %".531", !alias.scope !6, !noalias !7
  %".533" = extractelement <16 x i16> %".496", i32 9
  %".534" = extractelement <16 x i64> %".396", i32 9
  %".535" = getelementptr inbounds i16, ptr %".355", i64 %".534"
  store i16 %".533", ptr %".535", !alias.scope !6, !noalias !7
  %".537" = extractelement <16 x i16> %".496", i32 10
  %".538" = extractelement <16 x i64> %".396", i32 10
  %".539" = getelementptr inbounds i16, ptr %".355", i64 %".538"
  store i16 %".537", ptr %".539", !alias.scope !6, !noalias !7
  %".541" = extractelement <16 x i16> %".496", i32 11
  %".542" = extractelement <16 x i64> %".396", i32 11
  %".543" = getelementptr inbounds i16, ptr %".355", i64 %".542"
  store i16 %".541", ptr %".543", !alias.scope !6, !noalias !7
  %".545" = extractelement <16 x i16> %".496", i32 12
  %".546" = extractelement <16 x i64> %".396", i32 12
  %".547" = getelementptr inbounds i16, ptr %".355", i64 %".546"
  store i16 %".545", ptr %".547", !alias.scope !6, !noalias !7
  %".549" = extractelement <16 x i16> %".496", i32 13
  %".550" = extractelement <16 x i64> %".396", i32 13
  %".551" = getelementptr inbounds i16, ptr %".355", i64 %".550"
  store i16 %".549", ptr %".551", !alias.scope !6, !noalias !7
  %".553" = extractelement <16 x i16> %".496", i32 14
  %".554" = extractelement <16 x i64> %".396", i32 14
  %".555" = getelementptr inbounds i16, ptr %".355", i64 %".554"
  store i16 %".553", ptr %".555", !alias.scope !6, !noalias !7
  %".557" = extractelement <16 x i16> %".496", i32 15
  %".558" = extractelement <16 x i64> %".396", i32 15
  %".559" = getelementptr inbounds i16, ptr %".355", i64 %".558"
  store i16 %".557", ptr %".559", !alias.scope !6, !noalias !7
  %".561" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".563" = mul i64 %".386", 16
  %".564" = add i64 %".381", %".563"
  %".565" = sub i64 %".384", %".564"
  %".566" = sdiv i64 %".565", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".677", %"spv.body.1"]
  %".568" = icmp slt i64 %"spv.1", %".566"
  br i1 %".568", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".570" = mul i64 %"spv.1", 8
  %".571" = add i64 %".564", %".570"
  %".572" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".571"
  %".573" = load <8 x i32>, ptr %".572", align 4, !alias.scope !4, !noalias !5
  %".574" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".571"
  %".575" = load <8 x i8>, ptr %".574", align 1, !alias.scope !4, !noalias !5
  %".576" = sext <8 x i32> %".573" to <8 x i64>
  %".577" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".379", i32 0
  %".578" = shufflevector <8 x i64> %".577", <8 x i64> %".577", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".579" = add <8 x i64> %".576", %".578"
  %".580" = sitofp <8 x i8> %".575" to <8 x float>
  %".581" = extractelement <8 x i64> %".576", i32 0
  %".582" = getelementptr inbounds i16, ptr %".355", i64 %".581"
  %".583" = load i16, ptr %".582", !alias.scope !6, !noalias !7
  %".584" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".583", i32 0
  %".585" = extractelement <8 x i64> %".576", i32 1
  %".586" = getelementptr inbounds i16, ptr %".355", i64 %".585"
  %".587" = load i16, ptr %".586", !alias.scope !6, !noalias !7
  %".588" = insertelement <8 x i16> %".584", i16 %".587", i32 1
  %".589" = extractelement <8 x i64> %".576", i32 2
  %".590" = getelementptr inbounds i16, ptr %".355", i64 %".589"
  %".591" = load i16, ptr %".590", !alias.scope !6, !noalias !7
  %".592" = insertelement <8 x i16> %".588", i16 %".591", i32 2
  %".593" = extractelement <8 x i64> %".576", i32 3
  %".594" = getelementptr inbounds i16, ptr %".355", i64 %".593"
  %".595" = load i16, ptr %".594", !alias.scope !6, !noalias !7
  %".596" = insertelement <8 x i16> %".592", i16 %".595", i32 3
  %".597" = extractelement <8 x i64> %".576", i32 4
  %".598" = getelementptr inbounds i16, ptr %".355", i64 %".597"
  %".599" = load i16, ptr %".598", !alias.scope !6, !noalias !7
  %".600" = insertelement <8 x i16> %".596", i16 %".599", i32 4
  %".601" = extractelement <8 x i64> %".576", i32 5
  %".602" = getelementptr inbounds i16, ptr %".355", i64 %".601"
  %".603" = load i16, ptr %".602", !alias.scope !6, !noalias !7
  %".604" = insertelement <8 x i16> %".600", i16 %".603", i32 5
  %".605" = extractelement <8 x i64> %".576", i32 6
  %".606" = getelementptr inbounds i16, ptr %".355", i64 %".605"
  %".607" = load i16, ptr %".606", !alias.scope !6, !noalias !7
  %".608" = insertelement <8 x i16> %".604", i16 %".607", i32 6
  %".609" = extractelement <8 x i64> %".576", i32 7
  %".610" = getelementptr inbounds i16, ptr %".355", i64 %".609"
  %".611" = load i16, ptr %".610", !alias.scope !6, !noalias !7
  %".612" = insertelement <8 x i16> %".608", i16 %".611", i32 7
  %".613" = sitofp <8 x i16> %".612" to <8 x float>
  %".614" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".370", i32 0
  %".615" = shufflevector <8 x float> %".614", <8 x float> %".614", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".616" = fmul <8 x float> %".613", %".615"
  %".617" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".378", i32 0
  %".618" = shufflevector <8 x float> %".617", <8 x float> %".617", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".619" = fmul <8 x float> %".618", %".580"
  %".620" = fsub <8 x float> %".616", %".619"
  %".621" = xor i32 %".132", 0
  %".622" = lshr i32 %".621", 16
  %".623" = xor i32 %".621", %".622"
  %".624" = mul i32 %".623", 2146121005
  %".625" = lshr i32 %".624", 15
  %".626" = xor i32 %".624", %".625"
  %".627" = mul i32 %".626", 2221713035
  %".628" = lshr i32 %".627", 16
  %".629" = xor i32 %".627", %".628"
  %".630" = trunc <8 x i64> %".579" to <8 x i32>
  %".631" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".629", i32 0
  %".632" = shufflevector <8 x i32> %".631", <8 x i32> %".631", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".633" = mul <8 x i32> %".630", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".634" = add <8 x i32> %".632", %".633"
  %".635" = lshr <8 x i32> %".634", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".636" = uitofp <8 x i32> %".635" to <8 x float>
  %".637" = fmul <8 x float> %".636", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".638" = fadd <8 x float> %".620", %".637"
  %".639" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".638")
  %".640" = fcmp ogt <8 x float> %".639", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".641" = select  <8 x i1> %".640", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".639"
  %".642" = fcmp olt <8 x float> %".641", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".643" = select  <8 x i1> %".642", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".641"
  %".644" = fptosi <8 x float> %".643" to <8 x i16>
  %".645" = extractelement <8 x i16> %".644", i32 0
  %".646" = extractelement <8 x i64> %".576", i32 0
  %".647" = getelementptr inbounds i16, ptr %".355", i64 %".646"
  store i16 %".645", ptr %".647", !alias.scope !6, !noalias !7
  %".649" = extractelement <8 x i16> %".644", i32 1
  %".650" = extractelement <8 x i64> %".576", i32 1
  %".651" = getelementptr inbounds i16, ptr %".355", i64 %".650"
  store i16 %".649", ptr %".651", !alias.scope !6, !noalias !7
  %".653" = extractelement <8 x i16> %".644", i32 2
  %".654" = extractelement <8 x i64> %".576", i32 2
  %".655" = getelementptr inbounds i16, ptr %".355", i64 %".654"
  store i16 %".653", ptr %".655", !alias.scope !6, !noalias !7
  %".657" = extractelement <8 x i16> %".644", i32 3
  %".658" = extractelement <8 x i64> %".576", i32 3
  %".659" = getelementptr inbounds i16, ptr %".355", i64 %".658"
  store i16 %".657", ptr %".659", !alias.scope !6, !noalias !7
  %".661" = extractelement <8 x i16> %".644", i32 4
  %".662" = extractelement <8 x i64> %".576", i32 4
  %".663" = getelementptr inbounds i16, ptr %".355", i64 %".662"
  store i16 %".661", ptr %".663", !alias.scope !6, !noalias !7
  %".665" = extractelement <8 x i16> %".644", i32 5
  %".666" = extractelement <8 x i64> %".576", i32 5
  %".667" = getelementptr inbounds i16, ptr %".355", i64 %".666"
  store i16 %".665", ptr %".667", !alias.scope !6, !noalias !7
  %".669" = extractelement <8 x i16> %".644", i32 6
  %".670" = extractelement <8 x i64> %".576", i32 6
  %".671" = getelementptr inbounds i16, ptr %".355", i64 %".670"
  store i16 %".669", ptr %".671", !alias.scope !6, !noalias !7
  %".673" = extractelement <8 x i16> %".644", i32 7
  %".674" = extractelement <8 x i64> %".576", i32 7
  %".675" = getelementptr inbounds i16, ptr %".355", i64 %".674"
  store i16 %".673", ptr %".675", !alias.scope !6, !noalias !7
  %".677" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".679" = mul i64 %".566", 8
  %".680" = add i64 %".564", %".679"
  br label %"op.head"
op.head:
  %"op" = phi  i64 [%".680", %"spv.done.1"], [%".720", %"op.body"]
  %".682" = icmp slt i64 %"op", %".384"
  br i1 %".682", label %"op.body", label %"op.done"
op.body:
  %".684" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".685" = load i32, ptr %".684", !alias.scope !4, !noalias !5
  %".686" = sext i32 %".685" to i64
  %".687" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"op"
  %".688" = load i8, ptr %".687", !alias.scope !4, !noalias !5
  %".689" = sitofp i8 %".688" to float
  %".690" = add i64 %".379", %".686"
  %".691" = getelementptr inbounds i16, ptr %".355", i64 %".686"
  %".692" = load i16, ptr %".691", !alias.scope !6, !noalias !7
  %".693" = sitofp i16 %".692" to float
  %".694" = fmul float %".693", %".370"
  %".695" = fmul float %".378", %".689"
  %".696" = fsub float %".694", %".695"
  %".697" = xor i32 %".132", 0
  %".698" = lshr i32 %".697", 16
  %".699" = xor i32 %".697", %".698"
  %".700" = mul i32 %".699", 2146121005
  %".701" = lshr i32 %".700", 15
  %".702" = xor i32 %".700", %".701"
  %".703" = mul i32 %".702", 2221713035
  %".704" = lshr i32 %".703", 16
  %".705" = xor i32 %".703", %".704"
  %".706" = trunc i64 %".690" to i32
  %".707" = mul i32 %".706", 2654435769
  %".708" = add i32 %".705", %".707"
  %".709" = lshr i32 %".708", 8
  %".710" = uitofp i32 %".709" to float
  %".711" = fmul float %".710", 0x3e70000000000000
  %".712" = fadd float %".696", %".711"
  %".713" = call float @"llvm.floor.f32"(float %".712")
  %".714" = fcmp ogt float %".713", 0x40dfffc000000000
  %".715" = select  i1 %".714", float 0x40dfffc000000000, float %".713"
  %".716" = fcmp olt float %".715", 0xc0dfffc000000000
  %".717" = select  i1 %".716", float 0xc0dfffc000000000, float %".715"
  %".718" = fptosi float %".717" to i16
  store i16 %".718", ptr %".691", !alias.scope !6, !noalias !7
  %".720" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".722" = add i64 %"outer", 1
  br label %"outer.head"
rows.head:
  %"rows" = phi  i64 [0, %"outer.done"], [%".770", %"rows.body"]
  %".726" = icmp slt i64 %"rows", %"dim.classes"
  br i1 %".726", label %"rows.body", label %"rows.done"
rows.body:
  %".728" = getelementptr inbounds float, float* %"t0", i64 %"rows"
  %".729" = load float, float* %".728"
  %".730" = getelementptr inbounds i16, ptr %".134", i64 %"rows"
  %".731" = load i16, ptr %".730", !alias.scope !8, !noalias !9
  %".732" = sitofp i16 %".731" to float
  %".733" = fmul float %".732", 0x3f30000000000000
  %".734" = fadd float %".729", %".733"
  %".735" = fsub float %".734", %".258"
  %".736" = call float @"llvm.exp.f32"(float %".735")
  %".737" = icmp eq i64 %"rows", %".138"
  %".738" = fadd float %".736", 0xbff0000000000000
  %".739" = select  i1 %".737", float %".738", float %".736"
  %".740" = getelementptr inbounds i16, ptr %".134", i64 %"rows"
  %".741" = load i16, ptr %".740", !alias.scope !8, !noalias !9
  %".742" = sitofp i16 %".741" to float
  %".743" = fmul float %".739", %".724"
  %".744" = fsub float %".742", %".743"
  %".745" = xor i32 %".132", 2654435769
  %".746" = lshr i32 %".745", 16
  %".747" = xor i32 %".745", %".746"
  %".748" = mul i32 %".747", 2146121005
  %".749" = lshr i32 %".748", 15
  %".750" = xor i32 %".748", %".749"
  %".751" = mul i32 %".750", 2221713035
  %".752" = lshr i32 %".751", 16
  %".753" = xor i32 %".751", %".752"
  %".754" = trunc i64 %"rows" to i32
  %".755" = mul i32 %".754", 2654435769
  %".756" = add i32 %".753", %".755"
  %".757" = lshr i32 %".756", 8
  %".758" = uitofp i32 %".757" to float
  %".759" = fmul float %".758", 0x3e70000000000000
  %".760" = fadd float %".744", %".759"
  %".761" = call float @"llvm.floor.f32"(float %".760")
  %".762" = fcmp ogt float %".761", 0x40dfffc000000000
  %".763" = select  i1 %".762", float 0x40dfffc000000000, float %".761"
  %".764" = fcmp olt float %".763", 0xc0dfffc000000000
  %".765" = select  i1 %".764", float 0xc0dfffc000000000, float %".763"
  %".766" = fcmp uno float %".765", %".765"
  %".767" = select  i1 %".766", float              0x0, float %".765"
  %".768" = fptosi float %".767" to i16
  store i16 %".768", ptr %".740", !alias.scope !8, !noalias !9
  %".770" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".17", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".773" = load i64, i64* %"push.left"
  %".774" = sub i64 %".773", 1
  store i64 %".774", i64* %"push.left"
  %".776" = icmp sle i64 %".774", 0
  br i1 %".776", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".834" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  %".778" = mul i64 1, %"dim.classes"
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".829", %"cas.done"]
  %".780" = icmp slt i64 %"cp.1", %".778"
  br i1 %".780", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".782" = getelementptr inbounds i16, ptr %"param.b.p", i64 %"cp.1"
  %".783" = getelementptr inbounds i16, ptr %"base.b.p", i64 %"cp.1"
  %".784" = getelementptr inbounds i16, ptr %"master.b.p", i64 %"cp.1"
  %".785" = load i16, ptr %".782"
  %".786" = load i16, ptr %".783"
  %".787" = sext i16 %".785" to i32
  %".788" = sext i16 %".786" to i32
  %".789" = sub i32 %".787", %".788"
  %".790" = sitofp i32 %".789" to float
  %".791" = fmul float %".790", %".16"
  %".792" = trunc i64 %"ex" to i32
  %".793" = mul i32 %".792", 2654435769
  %".794" = trunc i64 %"cp.1" to i32
  %".795" = mul i32 %".794", 2246822507
  %".796" = xor i32 %".793", %".795"
  %".797" = lshr i32 %".796", 16
  %".798" = xor i32 %".796", %".797"
  %".799" = mul i32 %".798", 2146121005
  %".800" = lshr i32 %".799", 15
  %".801" = xor i32 %".799", %".800"
  %".802" = mul i32 %".801", 2221713035
  %".803" = lshr i32 %".802", 16
  %".804" = xor i32 %".802", %".803"
  %".805" = lshr i32 %".804", 8
  %".806" = uitofp i32 %".805" to float
  %".807" = fmul float %".806", 0x3e70000000000000
  %".808" = fadd float %".791", %".807"
  %".809" = call float @"llvm.floor.f32"(float %".808")
  %".810" = fptosi float %".809" to i32
  %".811" = load atomic i16, ptr %".784" monotonic, align 2
  br label %"cas.head"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
cas.head:
  %".813" = phi  i16 [%".811", %"cp.body.1"], [%".824", %"cas.again"]
  %".814" = sext i16 %".813" to i32
  %".815" = add i32 %".814", %".810"
  %".816" = icmp sgt i32 %".815", 32767
  %".817" = select  i1 %".816", i32 32767, i32 %".815"
  %".818" = icmp slt i32 %".817", -32767
  %".819" = select  i1 %".818", i32 -32767, i32 %".817"
  %".820" = trunc i32 %".819" to i16
  %".821" = cmpxchg ptr %".784", i16 %".813", i16 %".820" monotonic monotonic
  %".822" = extractvalue {i16, i1} %".821", 1
  br i1 %".822", label %"cas.done", label %"cas.again"
cas.again:
  %".824" = extractvalue {i16, i1} %".821", 0
  br label %"cas.head"
cas.done:
  %".826" = load atomic i16, ptr %".784" monotonic, align 2
  store i16 %".826", ptr %".782"
  store i16 %".826", ptr %".783"
  %".829" = add i64 %"cp.1", 1
  br label %"cp.head.1"
ex.done.if:
  %".837" = mul i64 1, %"dim.classes"
  br label %"cp.head.2"
ex.done.endif:
  %".891" = load double, double* %"loss.acc"
  store double %".891", ptr %"out"
  %".893" = load i32, i32* %"rng.state"
  store i32 %".893", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".888", %"cas.done.1"]
  %".839" = icmp slt i64 %"cp.2", %".837"
  br i1 %".839", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".841" = getelementptr inbounds i16, ptr %"param.b.p", i64 %"cp.2"
  %".842" = getelementptr inbounds i16, ptr %"base.b.p", i64 %"cp.2"
  %".843" = getelementptr inbounds i16, ptr %"master.b.p", i64 %"cp.2"
  %".844" = load i16, ptr %".841"
  %".845" = load i16, ptr %".842"
  %".846" = sext i16 %".844" to i32
  %".847" = sext i16 %".845" to i32
  %".848" = sub i32 %".846", %".847"
  %".849" = sitofp i32 %".848" to float
  %".850" = fmul float %".849", %".16"
  %".851" = trunc i64 %"end" to i32
  %".852" = mul i32 %".851", 2654435769
  %".853" = trunc i64 %"cp.2" to i32
  %".854" = mul i32 %".853", 2246822507
  %".855" = xor i32 %".852", %".854"
  %".856" = lshr i32 %".855", 16
  %".857" = xor i32 %".855", %".856"
  %".858" = mul i32 %".857", 2146121005
  %".859" = lshr i32 %".858", 15
  %".860" = xor i32 %".858", %".859"
  %".861" = mul i32 %".860", 2221713035
  %".862" = lshr i32 %".861", 16
  %".863" = xor i32 %".861", %".862"
  %".864" = lshr i32 %".863", 8
  %".865" = uitofp i32 %".864" to float
  %".866" = fmul float %".865", 0x3e70000000000000
  %".867" = fadd float %".850", %".866"
  %".868" = call float @"llvm.floor.f32"(float %".867")
  %".869" = fptosi float %".868" to i32
  %".870" = load atomic i16, ptr %".843" monotonic, align 2
  br label %"cas.head.1"
cp.done.2:
  br label %"ex.done.endif"
cas.head.1:
  %".872" = phi  i16 [%".870", %"cp.body.2"], [%".883", %"cas.again.1"]
  %".873" = sext i16 %".872" to i32
  %".874" = add i32 %".873", %".869"
  %".875" = icmp sgt i32 %".874", 32767
  %".876" = select  i1 %".875", i32 32767, i32 %".874"
  %".877" = icmp slt i32 %".876", -32767
  %".878" = select  i1 %".877", i32 -32767, i32 %".876"
  %".879" = trunc i32 %".878" to i16
  %".880" = cmpxchg ptr %".843", i16 %".872", i16 %".879" monotonic monotonic
  %".881" = extractvalue {i16, i1} %".880", 1
  br i1 %".881", label %"cas.done.1", label %"cas.again.1"
cas.again.1:
  %".883" = extractvalue {i16, i1} %".880", 0
  br label %"cas.head.1"
cas.done.1:
  %".885" = load atomic i16, ptr %".843" monotonic, align 2
  store i16 %".885", ptr %".841"
  store i16 %".885", ptr %".842"
  %".888" = add i64 %"cp.2", 1
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