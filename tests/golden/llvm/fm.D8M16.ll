; llvmlite 0.50.0
; ModuleID = "sgdc.fm"
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
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 20
  %"push." = load i64, ptr %".13"
  %".14" = getelementptr inbounds i64, ptr %"slots", i64 21
  %"share." = load i64, ptr %".14"
  %".15" = trunc i64 %"share." to i32
  %".16" = bitcast i32 %".15" to float
  %".17" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w0" = load i64, ptr %".20"
  %"param.w0.p" = inttoptr i64 %"param.w0" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"master.w0" = load i64, ptr %".21"
  %"master.w0.p" = inttoptr i64 %"master.w0" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 17
  %"base.w0" = load i64, ptr %".22"
  %"base.w0.p" = inttoptr i64 %"base.w0" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indptr.x" = load i64, ptr %".44"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".47" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.y" = load i64, ptr %".47"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".62" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indices.x" = load i64, ptr %".62"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".80" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"values.x" = load i64, ptr %".80"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".100" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"t0." = load i64, ptr %".100"
  %".112" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.w" = load i64, ptr %".112"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".124" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".124"
  %".125" = trunc i64 %"scale.x" to i32
  %".126" = bitcast i32 %".125" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %"t6" = alloca float, i64 8
  %".186" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.V" = load i64, ptr %".186"
  %"param.V.p" = inttoptr i64 %"param.V" to ptr
  %".187" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.d" = load i64, ptr %".187"
  %"idot.acc.1" = alloca i64
  %"idot.acc32.1" = alloca i32
  %"t8" = alloca float, i64 8
  %"pmv.acc" = alloca float
  %"sum.acc" = alloca float
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
  %".26" = getelementptr inbounds float, ptr %"master.w0.p", i64 %"cp"
  %".27" = load atomic float, ptr %".26" monotonic, align 4
  %".28" = getelementptr inbounds float, ptr %"param.w0.p", i64 %"cp"
  store float %".27", ptr %".28"
  %".30" = getelementptr inbounds float, ptr %"base.w0.p", i64 %"cp"
  store float %".27", ptr %".30"
  %".32" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".787", %"outer.done.endif"]
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
  %"e" = load i32, ptr %".98", !alias.scope !5, !noalias !6
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
  %".111" = getelementptr inbounds float, ptr %"param.w0.p", i64 0
  %".113" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".114" = getelementptr inbounds float, ptr %"field.y.p", i64 %".99"
  %".115" = load float, ptr %".114", !alias.scope !5, !noalias !6
  %".116" = fneg float %".115"
  %".117" = getelementptr inbounds float, ptr %".111", i64 0
  %".118" = load float, ptr %".117", !alias.scope !7, !noalias !8
  %".119" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".120" = load i64, ptr %".119", !alias.scope !5, !noalias !6
  %".121" = add i64 %".99", 1
  %".122" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".121"
  %".123" = load i64, ptr %".122", !alias.scope !5, !noalias !6
  %".127" = fmul float %".126", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".129" = sub i64 %".123", %".120"
  %".130" = icmp sle i64 %".129", 516
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
  %".185" = fadd float %".118", %".184"
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".120", %"pfs.done.1.if"], [%".153", %"idot32.body"]
  %".134" = icmp slt i64 %"idot32", %".123"
  br i1 %".134", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".136" = load i32, i32* %"idot.acc32"
  %".137" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".138" = load i32, ptr %".137", !alias.scope !5, !noalias !6
  %".139" = sext i32 %".138" to i64
  %".140" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".141" = load i8, ptr %".140", !alias.scope !5, !noalias !6
  %".142" = sitofp i8 %".141" to float
  %".143" = fmul float %".142", %".126"
  %".144" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".145" = load i8, ptr %".144", !alias.scope !5, !noalias !6
  %".146" = sext i8 %".145" to i32
  %".147" = getelementptr inbounds i16, ptr %".113", i64 %".139"
  %".148" = load i16, ptr %".147", !alias.scope !9, !noalias !10
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
  %".164" = load i32, ptr %".163", !alias.scope !5, !noalias !6
  %".165" = sext i32 %".164" to i64
  %".166" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".167" = load i8, ptr %".166", !alias.scope !5, !noalias !6
  %".168" = sitofp i8 %".167" to float
  %".169" = fmul float %".168", %".126"
  %".170" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".171" = load i8, ptr %".170", !alias.scope !5, !noalias !6
  %".172" = sext i8 %".171" to i64
  %".173" = getelementptr inbounds i16, ptr %".113", i64 %".165"
  %".174" = load i16, ptr %".173", !alias.scope !9, !noalias !10
  %".175" = sext i16 %".174" to i64
  %".176" = mul i64 %".172", %".175"
  %".177" = add i64 %".162", %".176"
  store i64 %".177", i64* %"idot.acc"
  %".179" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"pfs.done.1.endif"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1.endif"], [%".258", %"mv.body.endif"]
  %".189" = icmp slt i64 %"mv", 8
  br i1 %".189", label %"mv.body", label %"mv.done"
mv.body:
  %".191" = mul i64 %"mv", %"dim.d"
  %".192" = getelementptr inbounds i16, ptr %"param.V.p", i64 %".191"
  %".193" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".194" = load i64, ptr %".193", !alias.scope !5, !noalias !6
  %".195" = add i64 %".99", 1
  %".196" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".195"
  %".197" = load i64, ptr %".196", !alias.scope !5, !noalias !6
  %".198" = fmul float %".126", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".200" = sub i64 %".197", %".194"
  %".201" = icmp sle i64 %".200", 516
  br i1 %".201", label %"mv.body.if", label %"mv.body.else"
mv.done:
  %".260" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".261" = load i64, ptr %".260", !alias.scope !5, !noalias !6
  %".262" = add i64 %".99", 1
  %".263" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".262"
  %".264" = load i64, ptr %".263", !alias.scope !5, !noalias !6
  br label %"mvp.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
mv.body.else:
  br label %"idot64.head.1"
mv.body.endif:
  %".253" = load i64, i64* %"idot.acc.1"
  %".254" = sitofp i64 %".253" to float
  %".255" = fmul float %".254", %".198"
  %".256" = getelementptr inbounds float, float* %"t6", i64 %"mv"
  store float %".255", float* %".256"
  %".258" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".194", %"mv.body.if"], [%".224", %"idot32.body.1"]
  %".205" = icmp slt i64 %"idot32.1", %".197"
  br i1 %".205", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".207" = load i32, i32* %"idot.acc32.1"
  %".208" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".209" = load i32, ptr %".208", !alias.scope !5, !noalias !6
  %".210" = sext i32 %".209" to i64
  %".211" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".212" = load i8, ptr %".211", !alias.scope !5, !noalias !6
  %".213" = sitofp i8 %".212" to float
  %".214" = fmul float %".213", %".126"
  %".215" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".216" = load i8, ptr %".215", !alias.scope !5, !noalias !6
  %".217" = sext i8 %".216" to i32
  %".218" = getelementptr inbounds i16, ptr %".192", i64 %".210"
  %".219" = load i16, ptr %".218", !alias.scope !11, !noalias !12
  %".220" = sext i16 %".219" to i32
  %".221" = mul i32 %".217", %".220"
  %".222" = add i32 %".207", %".221"
  store i32 %".222", i32* %"idot.acc32.1"
  %".224" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".226" = load i32, i32* %"idot.acc32.1"
  %".227" = sext i32 %".226" to i64
  store i64 %".227", i64* %"idot.acc.1"
  br label %"mv.body.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".194", %"mv.body.else"], [%".250", %"idot64.body.1"]
  %".231" = icmp slt i64 %"idot64.1", %".197"
  br i1 %".231", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".233" = load i64, i64* %"idot.acc.1"
  %".234" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".235" = load i32, ptr %".234", !alias.scope !5, !noalias !6
  %".236" = sext i32 %".235" to i64
  %".237" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".238" = load i8, ptr %".237", !alias.scope !5, !noalias !6
  %".239" = sitofp i8 %".238" to float
  %".240" = fmul float %".239", %".126"
  %".241" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".242" = load i8, ptr %".241", !alias.scope !5, !noalias !6
  %".243" = sext i8 %".242" to i64
  %".244" = getelementptr inbounds i16, ptr %".192", i64 %".236"
  %".245" = load i16, ptr %".244", !alias.scope !11, !noalias !12
  %".246" = sext i16 %".245" to i64
  %".247" = mul i64 %".243", %".246"
  %".248" = add i64 %".233", %".247"
  store i64 %".248", i64* %"idot.acc.1"
  %".250" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"mv.body.endif"
mvp.head:
  %"mvp" = phi  i64 [0, %"mv.done"], [%".296", %"pmv.done"]
  %".266" = icmp slt i64 %"mvp", 8
  br i1 %".266", label %"mvp.body", label %"mvp.done"
mvp.body:
  %".268" = mul i64 %"mvp", %"dim.d"
  %".269" = getelementptr inbounds i16, ptr %"param.V.p", i64 %".268"
  store float              0x0, float* %"pmv.acc"
  br label %"pmv.head"
mvp.done:
  store float              0x0, float* %"sum.acc"
  br label %"sum.head"
pmv.head:
  %"pmv" = phi  i64 [%".261", %"mvp.body"], [%".291", %"pmv.body"]
  %".272" = icmp slt i64 %"pmv", %".264"
  br i1 %".272", label %"pmv.body", label %"pmv.done"
pmv.body:
  %".274" = load float, float* %"pmv.acc"
  %".275" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"pmv"
  %".276" = load i32, ptr %".275", !alias.scope !5, !noalias !6
  %".277" = sext i32 %".276" to i64
  %".278" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"pmv"
  %".279" = load i8, ptr %".278", !alias.scope !5, !noalias !6
  %".280" = sitofp i8 %".279" to float
  %".281" = fmul float %".280", %".126"
  %".282" = getelementptr inbounds i16, ptr %".269", i64 %".277"
  %".283" = load i16, ptr %".282", !alias.scope !11, !noalias !12
  %".284" = sitofp i16 %".283" to float
  %".285" = fmul float %".284", 0x3f30000000000000
  %".286" = fmul float %".285", %".285"
  %".287" = fmul float %".281", %".281"
  %".288" = fmul float %".286", %".287"
  %".289" = fadd float %".274", %".288"
  store float %".289", float* %"pmv.acc"
  %".291" = add i64 %"pmv", 1
  br label %"pmv.head"
pmv.done:
  %".293" = load float, float* %"pmv.acc"
  %".294" = getelementptr inbounds float, float* %"t8", i64 %"mvp"
  store float %".293", float* %".294"
  %".296" = add i64 %"mvp", 1
  br label %"mvp.head"
sum.head:
  %"sum" = phi  i64 [0, %"mvp.done"], [%".311", %"sum.body"]
  %".300" = icmp slt i64 %"sum", 8
  br i1 %".300", label %"sum.body", label %"sum.done"
sum.body:
  %".302" = load float, float* %"sum.acc"
  %".303" = getelementptr inbounds float, float* %"t6", i64 %"sum"
  %".304" = load float, float* %".303"
  %".305" = fmul float %".304", %".304"
  %".306" = getelementptr inbounds float, float* %"t8", i64 %"sum"
  %".307" = load float, float* %".306"
  %".308" = fsub float %".305", %".307"
  %".309" = fadd float %".302", %".308"
  store float %".309", float* %"sum.acc"
  %".311" = add i64 %"sum", 1
  br label %"sum.head"
sum.done:
  %".313" = load float, float* %"sum.acc"
  %".314" = fmul float 0x3fe0000000000000, %".313"
  %".315" = fadd float %".185", %".314"
  %".316" = fmul float %".116", %".315"
  %".317" = call float @"sgdc_softplus_f32"(float %".316")
  %".318" = call float @"sgdc_sigmoid_f32"(float %".316")
  %".319" = fmul float %".318", %".116"
  %".320" = fmul float %".319", 0x3fe0000000000000
  %".321" = fneg float %".320"
  %".322" = fpext float %".317" to double
  %".323" = load double, double* %"loss.acc"
  %".324" = fadd double %".323", %".322"
  store double %".324", double* %"loss.acc"
  %".326" = getelementptr inbounds float, ptr %".111", i64 0
  %".327" = load float, ptr %".326", !alias.scope !7, !noalias !8
  %".328" = fmul float 0x3f947ae140000000, %".319"
  %".329" = fsub float %".327", %".328"
  %".330" = getelementptr inbounds float, ptr %".111", i64 0
  store float %".329", ptr %".330", !alias.scope !7, !noalias !8
  %".332" = fmul float 0x3f947ae140000000, 0x3f1a36e2e0000000
  %".333" = fsub float 0x3ff0000000000000, %".332"
  %".334" = fmul float 0x3f947ae140000000, %".319"
  %".335" = fmul float %".126", 0x40b0000000000000
  %".336" = fmul float %".334", %".335"
  %".337" = fcmp ogt float %".333", 0x4630000000000000
  %".338" = select  i1 %".337", float 0x4630000000000000, float %".333"
  %".339" = fcmp olt float %".338", 0xc630000000000000
  %".340" = select  i1 %".339", float 0xc630000000000000, float %".338"
  %".341" = fcmp uno float %".333", %".333"
  %".342" = fcmp uno float %".336", %".336"
  %".343" = or i1 %".341", %".342"
  %".344" = select  i1 %".343", float 0x3ff0000000000000, float %".340"
  %".345" = fcmp ogt float %".336", 0x4630000000000000
  %".346" = select  i1 %".345", float 0x4630000000000000, float %".336"
  %".347" = fcmp olt float %".346", 0xc630000000000000
  %".348" = select  i1 %".347", float 0xc630000000000000, float %".346"
  %".349" = fcmp uno float %".336", %".336"
  %".350" = fcmp uno float %".333", %".333"
  %".351" = or i1 %".349", %".350"
  %".352" = select  i1 %".351", float              0x0, float %".348"
  %".353" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".354" = load i64, ptr %".353", !alias.scope !5, !noalias !6
  %".355" = add i64 %".99", 1
  %".356" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".355"
  %".357" = load i64, ptr %".356", !alias.scope !5, !noalias !6
  %".358" = sub i64 %".357", %".354"
  %".359" = sdiv i64 %".358", 16
  br label %"spv.head"
spv.head:
  %"spv" = phi  i64 [0, %"sum.done"], [%".531", %"spv.body"]
  %".361" = icmp slt i64 %"spv", %".359"
  br i1 %".361", label %"spv.body", label %"spv.done"
spv.body:
  %".363" = mul i64 %"spv", 16
  %".364" = add i64 %".354", %".363"
  %".365" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".364"
  %".366" = load <16 x i32>, ptr %".365", align 4, !alias.scope !5, !noalias !6
  %".367" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".364"
  %".368" = load <16 x i8>, ptr %".367", align 1, !alias.scope !5, !noalias !6
  %".369" = sext <16 x i32> %".366" to <16 x i64>
  %".370" = sitofp <16 x i8> %".368" to <16 x float>
  %".371" = extractelement <16 x i64> %".369", i32 0
  %".372" = getelementptr inbounds i16, ptr %".113", i64 %".371"
  %".373" = load i16, ptr %".372", !alias.scope !9, !noalias !10
  %".374" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".373", i32 0
  %".375" = extractelement <16 x i64> %".369", i32 1
  %".376" = getelementptr inbounds i16, ptr %".113", i64 %".375"
  %".377" = load i16, ptr %".376", !alias.scope !9, !noalias !10
  %".378" = insertelement <16 x i16> %".374", i16 %".377", i32 1
  %".379" = extractelement <16 x i64> %".369", i32 2
  %".380" = getelementptr inbounds i16, ptr %".113", i64 %".379"
  %".381" = load i16, ptr %".380", !alias.scope !9, !noalias !10
  %".382" = insertelement <16 x i16> %".378", i16 %".381", i32 2
  %".383" = extractelement <16 x i64> %".369", i32 3
  %".384" = getelementptr inbounds i16, ptr %".113", i64 %".383"
  %".385" = load i16, ptr %".384", !alias.scope !9, !noalias !10
  %".386" = insertelement <16 x i16> %".382", i16 %".385", i32 3
  %".387" = extractelement <16 x i64> %".369", i32 4
  %".388" = getelementptr inbounds i16, ptr %".113", i64 %".387"
  %".389" = load i16, ptr %".388", !alias.scope !9, !noalias !10
  %".390" = insertelement <16 x i16> %".386", i16 %".389", i32 4
  %".391" = extractelement <16 x i64> %".369", i32 5
  %".392" = getelementptr inbounds i16, ptr %".113", i64 %".391"
  %".393" = load i16, ptr %".392", !alias.scope !9, !noalias !10
  %".394" = insertelement <16 x i16> %".390", i16 %".393", i32 5
  %".395" = extractelement <16 x i64> %".369", i32 6
  %".396" = getelementptr inbounds i16, ptr %".113", i64 %".395"
  %".397" = load i16, ptr %".396", !alias.scope !9, !noalias !10
  %".398" = insertelement <16 x i16> %".394", i16 %".397", i32 6
  %".399" = extractelement <16 x i64> %".369", i32 7
  %".400" = getelementptr inbounds i16, ptr %".113", i64 %".399"
  %".401" = load i16, ptr %".400", !alias.scope !9, !noalias !10
  %".402" = insertelement <16 x i16> %".398", i16 %".401", i32 7
  %".403" = extractelement <16 x i64> %".369", i32 8
  %".404" = getelementptr inbounds i16, ptr %".113", i64 %".403"
  %".405" = load i16, ptr %".404", !alias.scope !9, !noalias !10
  %".406" = insertelement <16 x i16> %".402", i16 %".405", i32 8
  %".407" = extractelement <16 x i64> %".369", i32 9
  %".408" = getelementptr inbounds i16, ptr %".113", i64 %".407"
  %".409" = load i16, ptr %".408", !alias.scope !9, !noalias !10
  %".410" = insertelement <16 x i16> %".406", i16 %".409", i32 9
  %".411" = extractelement <16 x i64> %".369", i32 10
  %".412" = getelementptr inbounds i16, ptr %".113", i64 %".411"
  %".413" = load i16, ptr %".412", !alias.scope !9, !noalias !10
  %".414" = insertelement <16 x i16> %".410", i16 %".413", i32 10
  %".415" = extractelement <16 x i64> %".369", i32 11
  %".416" = getelementptr inbounds i16, ptr %".113", i64 %".415"
  %".417" = load i16, ptr %".416", !alias.scope !9, !noalias !10
  %".418" = insertelement <16 x i16> %".414", i16 %".417", i32 11
  %".419" = extractelement <16 x i64> %".369", i32 12
  %".420" = getelementptr inbounds i16, ptr %".113", i64 %".419"
  %".421" = load i16, ptr %".420", !alias.scope !9, !noalias !10
  %".422" = insertelement <16 x i16> %".418", i16 %".421", i32 12
  %".423" = extractelement <16 x i64> %".369", i32 13
  %".424" = getelementptr inbounds i16, ptr %".113", i64 %".423"
  %".425" = load i16, ptr %".424", !alias.scope !9, !noalias !10
  %".426" = insertelement <16 x i16> %".422", i16 %".425", i32 13
  %".427" = extractelement <16 x i64> %".369", i32 14
  %".428" = getelementptr inbounds i16, ptr %".113", i64 %".427"
  %".429" = load i16, ptr %".428", !alias.scope !9, !noalias !10
  %".430" = insertelement <16 x i16> %".426", i16 %".429", i32 14
  %".431" = extractelement <16 x i64> %".369", i32 15
  %".432" = getelementptr inbounds i16, ptr %".113", i64 %".431"
  %".433" = load i16, ptr %".432", !alias.scope !9, !noalias !10
  %".434" = insertelement <16 x i16> %".430", i16 %".433", i32 15
  %".435" = sitofp <16 x i16> %".434" to <16 x float>
  %".436" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".344", i32 0
  %".437" = shufflevector <16 x float> %".436", <16 x float> %".436", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".438" = fmul <16 x float> %".435", %".437"
  %".439" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".352", i32 0
  %".440" = shufflevector <16 x float> %".439", <16 x float> %".439", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".441" = fmul <16 x float> %".440", %".370"
  %".442" = fsub <16 x float> %".438", %".441"
  %".443" = xor i32 %".109", 2654435769
  %".444" = lshr i32 %".443", 16
  %".445" = xor i32 %".443", %".444"
  %".446" = mul i32 %".445", 2146121005
  %".447" = lshr i32 %".446", 15
  %".448" = xor i32 %".446", %".447"
  %".449" = mul i32 %".448", 2221713035
  %".450" = lshr i32 %".449", 16
  %".451" = xor i32 %".449", %".450"
  %".452" = trunc <16 x i64> %".369" to <16 x i32>
  %".453" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".451", i32 0
  %".454" = shufflevector <16 x i32> %".453", <16 x i32> %".453", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".455" = mul <16 x i32> %".452", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".456" = add <16 x i32> %".454", %".455"
  %".457" = lshr <16 x i32> %".456", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".458" = uitofp <16 x i32> %".457" to <16 x float>
  %".459" = fmul <16 x float> %".458", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".460" = fadd <16 x float> %".442", %".459"
  %".461" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".460")
  %".462" = fcmp ogt <16 x float> %".461", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".463" = select  <16 x i1> %".462", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".461"
  %".464" = fcmp olt <16 x float> %".463", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".465" = select  <16 x i1> %".464", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".463"
  %".466" = fptosi <16 x float> %".465" to <16 x i16>
  %".467" = extractelement <16 x i16> %".466", i32 0
  %".468" = extractelement <16 x i64> %".369", i32 0
  %".469" = getelementptr inbounds i16, ptr %".113", i64 %".468"
  store i16 %".467", ptr %".469", !alias.scope !9, !noalias !10
  %".471" = extractelement <16 x i16> %".466", i32 1
  %".472" = extractelement <16 x i64> %".369", i32 1
  %".473" = getelementptr inbounds i16, ptr %".113", i64 %".472"
  store i16 %".471", ptr %".473", !alias.scope !9, !noalias !10
  %".475" = extractelement <16 x i16> %".466", i32 2
  %".476" = extractelement <16 x i64> %".369", i32 2
  %".477" = getelementptr inbounds i16, ptr %".113", i64 %".476"
  store i16 %".475", ptr %".477", !alias.scope !9, !noalias !10
  %".479" = extractelement <16 x i16> %".466", i32 3
  %".480" = extractelement <16 x i64> %".369", i32 3
  %".481" = getelementptr inbounds i16, ptr %".113", i64 %".480"
  store i16 %".479", ptr %".481", !alias.scope !9, !noalias !10
  %".483" = extractelement <16 x i16> %".466", i32 4
  %".484" = extractelement <16 x i64> %".369", i32 4
  %".485" = getelementptr inbounds i16, ptr %".113", i64 %".484"
  store i16 %".483", ptr %".485", !alias.scope !9, !noalias !10
  %".487" = extractelement <16 x i16> %".466", i32 5
  %".488" = extractelement <16 x i64> %".369", i32 5
  %".489" = getelementptr inbounds i16, ptr %".113", i64 %".488"
  store i16 %".487", ptr %".489", !alias.scope !9, !noalias !10
  %".491" = extractelement <16 x i16> %".466", i32 6
  %".492" = extractelement <16 x i64> %".369", i32 6
  %".493" = getelementptr inbounds i16, ptr %".113", i64 %".492"
  store i16 %".491", ptr %".493", !alias.scope !9, !noalias !10
  %".495" = extractelement <16 x i16> %".466", i32 7
  %".496" = extractelement <16 x i64> %".369", i32 7
  %".497" = getelementptr inbounds i16, ptr %".113", i64 %".496"
  store i16 %".495", ptr %".497", !alias.scope !9, !noalias !10
  %".499" = extractelement <16 x i16> %".466", i32 8
  %".500" = extractelement <16 x i64> %".369", i32 8
  %".501" = getelementptr inbounds i16, ptr %".113", i64 %".500"
  store i16 %".499", ptr %".501", !alias.scope !9, !noalias !10
  %".503" = extractelement <16 x i16> %".466", i32 9
  %".504" = extractelement <16 x i64> %".369", i32 9
  %".505" = getelementptr inbounds i16, ptr %".113", i64 %".504"
  store i16 %".503", ptr %".505", !alias.scope !9, !noalias !10
  %".507" = extractelement <16 x i16> %".466", i32 10
  %".508" = extractelement <16 x i64> %".369", i32 10
  %".509" = getelementptr inbounds i16, ptr %".113", i64 %".508"
  store i16 %".507", ptr %".509", !alias.scope !9, !noalias !10
  %".511" = extractelement <16 x i16> %".466", i32 11
  %".512" = extractelement <16 x i64> %".369", i32 11
  %".513" = getelementptr inbounds i16, ptr %".113", i64 %".512"
  store i16 %".511", ptr %".513", !alias.scope !9, !noalias !10
  %".515" = extractelement <16 x i16> %".466", i32 12
  %".516" = extractelement <16 x i64> %".369", i32 12
  %".517" = getelementptr inbounds i16, ptr %".113", i64 %".516"
  store i16 %".515", ptr %".517", !alias.scope !9, !noalias !10
  %".519" = extractelement <16 x i16> %".466", i32 13
  %".520" = extractelement <16 x i64> %".369", i32 13
  %".521" = getelementptr inbounds i16, ptr %".113", i64 %".520"
  store i16 %".519", ptr %".521", !alias.scope !9, !noalias !10
  %".523" = extractelement <16 x i16> %".466", i32 14
  %".524" = extractelement <16 x i64> %".369", i32 14
  %".525" = getelementptr inbounds i16, ptr %".113", i64 %".524"
  store i16 %".523", ptr %".525", !alias.scope !9, !noalias !10
  %".527" = extractelement <16 x i16> %".466", i32 15
  %".528" = extractelement <16 x i64> %".369", i32 15
  %".529" = getelementptr inbounds i16, ptr %".113", i64 %".528"
  store i16 %".527", ptr %".529", !alias.scope !9, !noalias !10
  %".531" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".533" = mul i64 %".359", 16
  %".534" = add i64 %".354", %".533"
  %".535" = sub i64 %".357", %".534"
  %".536" = sdiv i64 %".535", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".644", %"spv.body.1"]
  %".538" = icmp slt i64 %"spv.1", %".536"
  br i1 %".538", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".540" = mul i64 %"spv.1", 8
  %".541" = add i64 %".534", %".540"
  %".542" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".541"
  %".543" = load <8 x i32>, ptr %".542", align 4, !alias.scope !5, !noalias !6
  %".544" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".541"
  %".545" = load <8 x i8>, ptr %".544", align 1, !alias.scope !5, !noalias !6
  %".546" = sext <8 x i32> %".543" to <8 x i64>
  %".547" = sitofp <8 x i8> %".545" to <8 x float>
  %".548" = extractelement <8 x i64> %".546", i32 0
  %".549" = getelementptr inbounds i16, ptr %".113", i64 %".548"
  %".550" = load i16, ptr %".549", !alias.scope !9, !noalias !10
  %".551" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".550", i32 0
  %".552" = extractelement <8 x i64> %".546", i32 1
  %".553" = getelementptr inbounds i16, ptr %".113", i64 %".552"
  %".554" = load i16, ptr %".553", !alias.scope !9, !noalias !10
  %".555" = insertelement <8 x i16> %".551", i16 %".554", i32 1
  %".556" = extractelement <8 x i64> %".546", i32 2
  %".557" = getelementptr inbounds i16, ptr %".113", i64 %".556"
  %".558" = load i16, ptr %".557", !alias.scope !9, !noalias !10
  %".559" = insertelement <8 x i16> %".555", i16 %".558", i32 2
  %".560" = extractelement <8 x i64> %".546", i32 3
  %".561" = getelementptr inbounds i16, ptr %".113", i64 %".560"
  %".562" = load i16, ptr %".561", !alias.scope !9, !noalias !10
  %".563" = insertelement <8 x i16> %".559", i16 %".562", i32 3
  %".564" = extractelement <8 x i64> %".546", i32 4
  %".565" = getelementptr inbounds i16, ptr %".113", i64 %".564"
  %".566" = load i16, ptr %".565", !alias.scope !9, !noalias !10
  %".567" = insertelement <8 x i16> %".563", i16 %".566", i32 4
  %".568" = extractelement <8 x i64> %".546", i32 5
  %".569" = getelementptr inbounds i16, ptr %".113", i64 %".568"
  %".570" = load i16, ptr %".569", !alias.scope !9, !noalias !10
  %".571" = insertelement <8 x i16> %".567", i16 %".570", i32 5
  %".572" = extractelement <8 x i64> %".546", i32 6
  %".573" = getelementptr inbounds i16, ptr %".113", i64 %".572"
  %".574" = load i16, ptr %".573", !alias.scope !9, !noalias !10
  %".575" = insertelement <8 x i16> %".571", i16 %".574", i32 6
  %".576" = extractelement <8 x i64> %".546", i32 7
  %".577" = getelementptr inbounds i16, ptr %".113", i64 %".576"
  %".578" = load i16, ptr %".577", !alias.scope !9, !noalias !10
  %".579" = insertelement <8 x i16> %".575", i16 %".578", i32 7
  %".580" = sitofp <8 x i16> %".579" to <8 x float>
  %".581" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".344", i32 0
  %".582" = shufflevector <8 x float> %".581", <8 x float> %".581", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".583" = fmul <8 x float> %".580", %".582"
  %".584" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".352", i32 0
  %".585" = shufflevector <8 x float> %".584", <8 x float> %".584", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".586" = fmul <8 x float> %".585", %".547"
  %".587" = fsub <8 x float> %".583", %".586"
  %".588" = xor i32 %".109", 2654435769
  %".589" = lshr i32 %".588", 16
  %".590" = xor i32 %".588", %".589"
  %".591" = mul i32 %".590", 2146121005
  %".592" = lshr i32 %".591", 15
  %".593" = xor i32 %".591", %".592"
  %".594" = mul i32 %".593", 2221713035
  %".595" = lshr i32 %".594", 16
  %".596" = xor i32 %".594", %".595"
  %".597" = trunc <8 x i64> %".546" to <8 x i32>
  %".598" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".596", i32 0
  %".599" = shufflevector <8 x i32> %".598", <8 x i32> %".598", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".600" = mul <8 x i32> %".597", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".601" = add <8 x i32> %".599", %".600"
  %".602" = lshr <8 x i32> %".601", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".603" = uitofp <8 x i32> %".602" to <8 x float>
  %".604" = fmul <8 x float> %".603", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".605" = fadd <8 x float> %".587", %".604"
  %".606" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".605")
  %".607" = fcmp ogt <8 x float> %".606", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".608" = select  <8 x i1> %".607", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".606"
  %".609" = fcmp olt <8 x float> %".608", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".610" = select  <8 x i1> %".609", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".608"
  %".611" = fptosi <8 x float> %".610" to <8 x i16>
  %".612" = extractelement <8 x i16> %".611", i32 0
  %".613" = extractelement <8 x i64> %".546", i32 0
  %".614" = getelementptr inbounds i16, ptr %".113", i64 %".613"
  store i16 %".612", ptr %".614", !alias.scope !9, !noalias !10
  %".616" = extractelement <8 x i16> %".611", i32 1
  %".617" = extractelement <8 x i64> %".546", i32 1
  %".618" = getelementptr inbounds i16, ptr %".113", i64 %".617"
  store i16 %".616", ptr %".618", !alias.scope !9, !noalias !10
  %".620" = extractelement <8 x i16> %".611", i32 2
  %".621" = extractelement <8 x i64> %".546", i32 2
  %".622" = getelementptr inbounds i16, ptr %".113", i64 %".621"
  store i16 %".620", ptr %".622", !alias.scope !9, !noalias !10
  %".624" = extractelement <8 x i16> %".611", i32 3
  %".625" = extractelement <8 x i64> %".546", i32 3
  %".626" = getelementptr inbounds i16, ptr %".113", i64 %".625"
  store i16 %".624", ptr %".626", !alias.scope !9, !noalias !10
  %".628" = extractelement <8 x i16> %".611", i32 4
  %".629" = extractelement <8 x i64> %".546", i32 4
  %".630" = getelementptr inbounds i16, ptr %".113", i64 %".629"
  store i16 %".628", ptr %".630", !alias.scope !9, !noalias !10
  %".632" = extractelement <8 x i16> %".611", i32 5
  %".633" = extractelement <8 x i64> %".546", i32 5
  %".634" = getelementptr inbounds i16, ptr %".113", i64 %".633"
  store i16 %".632", ptr %".634", !alias.scope !9, !noalias !10
  %".636" = extractelement <8 x i16> %".611", i32 6
  %".637" = extractelement <8 x i64> %".546", i32 6
  %".638" = getelementptr inbounds i16, ptr %".113", i64 %".637"
  store i16 %".636", ptr %".638", !alias.scope !9, !noalias !10
  %".640" = extractelement <8 x i16> %".611", i32 7
  %".641" = extractelement <8 x i64> %".546", i32 7
  %".642" = getelementptr inbounds i16, ptr %".113", i64 %".641"
  store i16 %".640", ptr %".642", !alias.scope !9, !noalias !10
  %".644" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".646" = mul i64 %".536", 8
  %".647" = add i64 %".534", %".646"
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".647", %"spv.done.1"], [%".686", %"sp.body"]
  %".649" = icmp slt i64 %"sp", %".357"
  br i1 %".649", label %"sp.body", label %"sp.done"
sp.body:
  %".651" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".652" = load i32, ptr %".651", !alias.scope !5, !noalias !6
  %".653" = sext i32 %".652" to i64
  %".654" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"sp"
  %".655" = load i8, ptr %".654", !alias.scope !5, !noalias !6
  %".656" = sitofp i8 %".655" to float
  %".657" = getelementptr inbounds i16, ptr %".113", i64 %".653"
  %".658" = load i16, ptr %".657", !alias.scope !9, !noalias !10
  %".659" = sitofp i16 %".658" to float
  %".660" = fmul float %".659", %".344"
  %".661" = fmul float %".352", %".656"
  %".662" = fsub float %".660", %".661"
  %".663" = xor i32 %".109", 2654435769
  %".664" = lshr i32 %".663", 16
  %".665" = xor i32 %".663", %".664"
  %".666" = mul i32 %".665", 2146121005
  %".667" = lshr i32 %".666", 15
  %".668" = xor i32 %".666", %".667"
  %".669" = mul i32 %".668", 2221713035
  %".670" = lshr i32 %".669", 16
  %".671" = xor i32 %".669", %".670"
  %".672" = trunc i64 %".653" to i32
  %".673" = mul i32 %".672", 2654435769
  %".674" = add i32 %".671", %".673"
  %".675" = lshr i32 %".674", 8
  %".676" = uitofp i32 %".675" to float
  %".677" = fmul float %".676", 0x3e70000000000000
  %".678" = fadd float %".662", %".677"
  %".679" = call float @"llvm.floor.f32"(float %".678")
  %".680" = fcmp ogt float %".679", 0x40dfffc000000000
  %".681" = select  i1 %".680", float 0x40dfffc000000000, float %".679"
  %".682" = fcmp olt float %".681", 0xc0dfffc000000000
  %".683" = select  i1 %".682", float 0xc0dfffc000000000, float %".681"
  %".684" = fptosi float %".683" to i16
  store i16 %".684", ptr %".657", !alias.scope !9, !noalias !10
  %".686" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"sp.done"], [%".760", %"op.done"]
  %".689" = icmp slt i64 %"outer", 8
  br i1 %".689", label %"outer.body", label %"outer.done"
outer.body:
  %".691" = mul i64 %"outer", %"dim.d"
  %".692" = getelementptr inbounds i16, ptr %"param.V.p", i64 %".691"
  %".693" = getelementptr inbounds float, float* %"t6", i64 %"outer"
  %".694" = load float, float* %".693"
  %".695" = fmul float 0x4000000000000000, %".694"
  %".696" = fmul float %".320", %".695"
  %".697" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".99"
  %".698" = load i64, ptr %".697", !alias.scope !5, !noalias !6
  %".699" = add i64 %".99", 1
  %".700" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".699"
  %".701" = load i64, ptr %".700", !alias.scope !5, !noalias !6
  br label %"op.head"
outer.done:
  br i1 %".17", label %"outer.done.if", label %"outer.done.endif"
op.head:
  %"op" = phi  i64 [%".698", %"outer.body"], [%".758", %"op.body"]
  %".703" = icmp slt i64 %"op", %".701"
  br i1 %".703", label %"op.body", label %"op.done"
op.body:
  %".705" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".706" = load i32, ptr %".705", !alias.scope !5, !noalias !6
  %".707" = sext i32 %".706" to i64
  %".708" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"op"
  %".709" = load i8, ptr %".708", !alias.scope !5, !noalias !6
  %".710" = sitofp i8 %".709" to float
  %".711" = fmul float %".710", %".126"
  %".712" = fmul float %".696", %".711"
  %".713" = fmul float %".711", %".711"
  %".714" = fmul float %".321", %".713"
  %".715" = getelementptr inbounds i16, ptr %".692", i64 %".707"
  %".716" = load i16, ptr %".715", !alias.scope !11, !noalias !12
  %".717" = sitofp i16 %".716" to float
  %".718" = fmul float %".717", 0x3f30000000000000
  %".719" = fmul float 0x4000000000000000, %".718"
  %".720" = fmul float %".714", %".719"
  %".721" = fadd float %".712", %".720"
  %".722" = mul i64 %"outer", %"dim.d"
  %".723" = add i64 %".722", %".707"
  %".724" = getelementptr inbounds i16, ptr %".692", i64 %".707"
  %".725" = load i16, ptr %".724", !alias.scope !11, !noalias !12
  %".726" = sitofp i16 %".725" to float
  %".727" = fmul float %".726", 0x3f30000000000000
  %".728" = fmul float 0x3f1a36e2e0000000, %".727"
  %".729" = fadd float %".721", %".728"
  %".730" = fmul float 0x3f947ae140000000, %".729"
  %".731" = fmul float %".730", 0x40b0000000000000
  %".732" = fsub float %".726", %".731"
  %".733" = xor i32 %".109", 1013904242
  %".734" = lshr i32 %".733", 16
  %".735" = xor i32 %".733", %".734"
  %".736" = mul i32 %".735", 2146121005
  %".737" = lshr i32 %".736", 15
  %".738" = xor i32 %".736", %".737"
  %".739" = mul i32 %".738", 2221713035
  %".740" = lshr i32 %".739", 16
  %".741" = xor i32 %".739", %".740"
  %".742" = trunc i64 %".723" to i32
  %".743" = mul i32 %".742", 2654435769
  %".744" = add i32 %".741", %".743"
  %".745" = lshr i32 %".744", 8
  %".746" = uitofp i32 %".745" to float
  %".747" = fmul float %".746", 0x3e70000000000000
  %".748" = fadd float %".732", %".747"
  %".749" = call float @"llvm.floor.f32"(float %".748")
  %".750" = fcmp ogt float %".749", 0x40dfffc000000000
  %".751" = select  i1 %".750", float 0x40dfffc000000000, float %".749"
  %".752" = fcmp olt float %".751", 0xc0dfffc000000000
  %".753" = select  i1 %".752", float 0xc0dfffc000000000, float %".751"
  %".754" = fcmp uno float %".753", %".753"
  %".755" = select  i1 %".754", float              0x0, float %".753"
  %".756" = fptosi float %".755" to i16
  store i16 %".756", ptr %".724", !alias.scope !11, !noalias !12
  %".758" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".760" = add i64 %"outer", 1
  br label %"outer.head"
outer.done.if:
  %".763" = load i64, i64* %"push.left"
  %".764" = sub i64 %".763", 1
  store i64 %".764", i64* %"push.left"
  %".766" = icmp sle i64 %".764", 0
  br i1 %".766", label %"outer.done.if.if", label %"outer.done.if.endif"
outer.done.endif:
  %".787" = add i64 %"ex", 1
  br label %"ex.head"
outer.done.if.if:
  br label %"cp.head.1"
outer.done.if.endif:
  br label %"outer.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"outer.done.if.if"], [%".782", %"cp.body.1"]
  %".769" = icmp slt i64 %"cp.1", 1
  br i1 %".769", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".771" = getelementptr inbounds float, ptr %"param.w0.p", i64 %"cp.1"
  %".772" = getelementptr inbounds float, ptr %"base.w0.p", i64 %"cp.1"
  %".773" = getelementptr inbounds float, ptr %"master.w0.p", i64 %"cp.1"
  %".774" = load float, ptr %".771"
  %".775" = load float, ptr %".772"
  %".776" = fsub float %".774", %".775"
  %".777" = fmul float %".776", %".16"
  %".778" = atomicrmw fadd ptr %".773", float %".777" monotonic
  %".779" = load atomic float, ptr %".773" monotonic, align 4
  store float %".779", ptr %".771"
  store float %".779", ptr %".772"
  %".782" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"outer.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".807" = load double, double* %"loss.acc"
  store double %".807", ptr %"out"
  %".809" = load i32, i32* %"rng.state"
  store i32 %".809", ptr %"rng..p"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".804", %"cp.body.2"]
  %".791" = icmp slt i64 %"cp.2", 1
  br i1 %".791", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".793" = getelementptr inbounds float, ptr %"param.w0.p", i64 %"cp.2"
  %".794" = getelementptr inbounds float, ptr %"base.w0.p", i64 %"cp.2"
  %".795" = getelementptr inbounds float, ptr %"master.w0.p", i64 %"cp.2"
  %".796" = load float, ptr %".793"
  %".797" = load float, ptr %".794"
  %".798" = fsub float %".796", %".797"
  %".799" = fmul float %".798", %".16"
  %".800" = atomicrmw fadd ptr %".795", float %".799" monotonic
  %".801" = load atomic float, ptr %".795" monotonic, align 4
  store float %".801", ptr %".793"
  store float %".801", ptr %".794"
  %".804" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_softplus_f32"(float %".1")

declare float @"sgdc_sigmoid_f32"(float %".1")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

declare <8 x float> @"llvm.floor.v8f32"(<8 x float> %".1")

declare float @"llvm.floor.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w0" = load i64, ptr %".9"
  %"param.w0.p" = inttoptr i64 %"param.w0" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.w" = load i64, ptr %".11"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indptr.x" = load i64, ptr %".15"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indices.x" = load i64, ptr %".21"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"values.x" = load i64, ptr %".22"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".23"
  %".24" = trunc i64 %"scale.x" to i32
  %".25" = bitcast i32 %".24" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %"p4" = alloca float, i64 8
  %".85" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.V" = load i64, ptr %".85"
  %"param.V.p" = inttoptr i64 %"param.V" to ptr
  %".86" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.d" = load i64, ptr %".86"
  %"idot.acc.1" = alloca i64
  %"idot.acc32.1" = alloca i32
  %"p6" = alloca float, i64 8
  %"pmv.acc" = alloca float
  %"sum.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".219", %"sum.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w0.p", i64 0
  %".12" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".13" = getelementptr inbounds float, ptr %".10", i64 0
  %".14" = load float, ptr %".13", !alias.scope !7, !noalias !8
  %".16" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".17" = load i64, ptr %".16", !alias.scope !5, !noalias !6
  %".18" = add i64 %"ex", 1
  %".19" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".18"
  %".20" = load i64, ptr %".19", !alias.scope !5, !noalias !6
  %".26" = fmul float %".25", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".28" = sub i64 %".20", %".17"
  %".29" = icmp sle i64 %".28", 516
  br i1 %".29", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".81" = load i64, i64* %"idot.acc"
  %".82" = sitofp i64 %".81" to float
  %".83" = fmul float %".82", %".26"
  %".84" = fadd float %".14", %".83"
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".17", %"ex.body.if"], [%".52", %"idot32.body"]
  %".33" = icmp slt i64 %"idot32", %".20"
  br i1 %".33", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".35" = load i32, i32* %"idot.acc32"
  %".36" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".37" = load i32, ptr %".36", !alias.scope !5, !noalias !6
  %".38" = sext i32 %".37" to i64
  %".39" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".40" = load i8, ptr %".39", !alias.scope !5, !noalias !6
  %".41" = sitofp i8 %".40" to float
  %".42" = fmul float %".41", %".25"
  %".43" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".44" = load i8, ptr %".43", !alias.scope !5, !noalias !6
  %".45" = sext i8 %".44" to i32
  %".46" = getelementptr inbounds i16, ptr %".12", i64 %".38"
  %".47" = load i16, ptr %".46", !alias.scope !9, !noalias !10
  %".48" = sext i16 %".47" to i32
  %".49" = mul i32 %".45", %".48"
  %".50" = add i32 %".35", %".49"
  store i32 %".50", i32* %"idot.acc32"
  %".52" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".54" = load i32, i32* %"idot.acc32"
  %".55" = sext i32 %".54" to i64
  store i64 %".55", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".17", %"ex.body.else"], [%".78", %"idot64.body"]
  %".59" = icmp slt i64 %"idot64", %".20"
  br i1 %".59", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".61" = load i64, i64* %"idot.acc"
  %".62" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".63" = load i32, ptr %".62", !alias.scope !5, !noalias !6
  %".64" = sext i32 %".63" to i64
  %".65" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".66" = load i8, ptr %".65", !alias.scope !5, !noalias !6
  %".67" = sitofp i8 %".66" to float
  %".68" = fmul float %".67", %".25"
  %".69" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".70" = load i8, ptr %".69", !alias.scope !5, !noalias !6
  %".71" = sext i8 %".70" to i64
  %".72" = getelementptr inbounds i16, ptr %".12", i64 %".64"
  %".73" = load i16, ptr %".72", !alias.scope !9, !noalias !10
  %".74" = sext i16 %".73" to i64
  %".75" = mul i64 %".71", %".74"
  %".76" = add i64 %".61", %".75"
  store i64 %".76", i64* %"idot.acc"
  %".78" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
mv.head:
  %"mv" = phi  i64 [0, %"ex.body.endif"], [%".157", %"mv.body.endif"]
  %".88" = icmp slt i64 %"mv", 8
  br i1 %".88", label %"mv.body", label %"mv.done"
mv.body:
  %".90" = mul i64 %"mv", %"dim.d"
  %".91" = getelementptr inbounds i16, ptr %"param.V.p", i64 %".90"
  %".92" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".93" = load i64, ptr %".92", !alias.scope !5, !noalias !6
  %".94" = add i64 %"ex", 1
  %".95" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".94"
  %".96" = load i64, ptr %".95", !alias.scope !5, !noalias !6
  %".97" = fmul float %".25", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".99" = sub i64 %".96", %".93"
  %".100" = icmp sle i64 %".99", 516
  br i1 %".100", label %"mv.body.if", label %"mv.body.else"
mv.done:
  %".159" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".160" = load i64, ptr %".159", !alias.scope !5, !noalias !6
  %".161" = add i64 %"ex", 1
  %".162" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".161"
  %".163" = load i64, ptr %".162", !alias.scope !5, !noalias !6
  br label %"mvp.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
mv.body.else:
  br label %"idot64.head.1"
mv.body.endif:
  %".152" = load i64, i64* %"idot.acc.1"
  %".153" = sitofp i64 %".152" to float
  %".154" = fmul float %".153", %".97"
  %".155" = getelementptr inbounds float, float* %"p4", i64 %"mv"
  store float %".154", float* %".155"
  %".157" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".93", %"mv.body.if"], [%".123", %"idot32.body.1"]
  %".104" = icmp slt i64 %"idot32.1", %".96"
  br i1 %".104", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".106" = load i32, i32* %"idot.acc32.1"
  %".107" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".108" = load i32, ptr %".107", !alias.scope !5, !noalias !6
  %".109" = sext i32 %".108" to i64
  %".110" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".111" = load i8, ptr %".110", !alias.scope !5, !noalias !6
  %".112" = sitofp i8 %".111" to float
  %".113" = fmul float %".112", %".25"
  %".114" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".115" = load i8, ptr %".114", !alias.scope !5, !noalias !6
  %".116" = sext i8 %".115" to i32
  %".117" = getelementptr inbounds i16, ptr %".91", i64 %".109"
  %".118" = load i16, ptr %".117", !alias.scope !11, !noalias !12
  %".119" = sext i16 %".118" to i32
  %".120" = mul i32 %".116", %".119"
  %".121" = add i32 %".106", %".120"
  store i32 %".121", i32* %"idot.acc32.1"
  %".123" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".125" = load i32, i32* %"idot.acc32.1"
  %".126" = sext i32 %".125" to i64
  store i64 %".126", i64* %"idot.acc.1"
  br label %"mv.body.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".93", %"mv.body.else"], [%".149", %"idot64.body.1"]
  %".130" = icmp slt i64 %"idot64.1", %".96"
  br i1 %".130", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".132" = load i64, i64* %"idot.acc.1"
  %".133" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".134" = load i32, ptr %".133", !alias.scope !5, !noalias !6
  %".135" = sext i32 %".134" to i64
  %".136" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".137" = load i8, ptr %".136", !alias.scope !5, !noalias !6
  %".138" = sitofp i8 %".137" to float
  %".139" = fmul float %".138", %".25"
  %".140" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".141" = load i8, ptr %".140", !alias.scope !5, !noalias !6
  %".142" = sext i8 %".141" to i64
  %".143" = getelementptr inbounds i16, ptr %".91", i64 %".135"
  %".144" = load i16, ptr %".143", !alias.scope !11, !noalias !12
  %".145" = sext i16 %".144" to i64
  %".146" = mul i64 %".142", %".145"
  %".147" = add i64 %".132", %".146"
  store i64 %".147", i64* %"idot.acc.1"
  %".149" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"mv.body.endif"
mvp.head:
  %"mvp" = phi  i64 [0, %"mv.done"], [%".195", %"pmv.done"]
  %".165" = icmp slt i64 %"mvp", 8
  br i1 %".165", label %"mvp.body", label %"mvp.done"
mvp.body:
  %".167" = mul i64 %"mvp", %"dim.d"
  %".168" = getelementptr inbounds i16, ptr %"param.V.p", i64 %".167"
  store float              0x0, float* %"pmv.acc"
  br label %"pmv.head"
mvp.done:
  store float              0x0, float* %"sum.acc"
  br label %"sum.head"
pmv.head:
  %"pmv" = phi  i64 [%".160", %"mvp.body"], [%".190", %"pmv.body"]
  %".171" = icmp slt i64 %"pmv", %".163"
  br i1 %".171", label %"pmv.body", label %"pmv.done"
pmv.body:
  %".173" = load float, float* %"pmv.acc"
  %".174" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"pmv"
  %".175" = load i32, ptr %".174", !alias.scope !5, !noalias !6
  %".176" = sext i32 %".175" to i64
  %".177" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"pmv"
  %".178" = load i8, ptr %".177", !alias.scope !5, !noalias !6
  %".179" = sitofp i8 %".178" to float
  %".180" = fmul float %".179", %".25"
  %".181" = getelementptr inbounds i16, ptr %".168", i64 %".176"
  %".182" = load i16, ptr %".181", !alias.scope !11, !noalias !12
  %".183" = sitofp i16 %".182" to float
  %".184" = fmul float %".183", 0x3f30000000000000
  %".185" = fmul float %".184", %".184"
  %".186" = fmul float %".180", %".180"
  %".187" = fmul float %".185", %".186"
  %".188" = fadd float %".173", %".187"
  store float %".188", float* %"pmv.acc"
  %".190" = add i64 %"pmv", 1
  br label %"pmv.head"
pmv.done:
  %".192" = load float, float* %"pmv.acc"
  %".193" = getelementptr inbounds float, float* %"p6", i64 %"mvp"
  store float %".192", float* %".193"
  %".195" = add i64 %"mvp", 1
  br label %"mvp.head"
sum.head:
  %"sum" = phi  i64 [0, %"mvp.done"], [%".210", %"sum.body"]
  %".199" = icmp slt i64 %"sum", 8
  br i1 %".199", label %"sum.body", label %"sum.done"
sum.body:
  %".201" = load float, float* %"sum.acc"
  %".202" = getelementptr inbounds float, float* %"p4", i64 %"sum"
  %".203" = load float, float* %".202"
  %".204" = fmul float %".203", %".203"
  %".205" = getelementptr inbounds float, float* %"p6", i64 %"sum"
  %".206" = load float, float* %".205"
  %".207" = fsub float %".204", %".206"
  %".208" = fadd float %".201", %".207"
  store float %".208", float* %"sum.acc"
  %".210" = add i64 %"sum", 1
  br label %"sum.head"
sum.done:
  %".212" = load float, float* %"sum.acc"
  %".213" = fmul float 0x3fe0000000000000, %".212"
  %".214" = fadd float %".84", %".213"
  %".215" = call float @"sgdc_sigmoid_f32"(float %".214")
  %".216" = fpext float %".215" to double
  %".217" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".216", ptr %".217"
  %".219" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w0" = load i64, ptr %".9"
  %"param.w0.p" = inttoptr i64 %"param.w0" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.w" = load i64, ptr %".11"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.y" = load i64, ptr %".13"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indices.x" = load i64, ptr %".25"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"values.x" = load i64, ptr %".26"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".27" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"scale.x" = load i64, ptr %".27"
  %".28" = trunc i64 %"scale.x" to i32
  %".29" = bitcast i32 %".28" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %"t6" = alloca float, i64 8
  %".89" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.V" = load i64, ptr %".89"
  %"param.V.p" = inttoptr i64 %"param.V" to ptr
  %".90" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.d" = load i64, ptr %".90"
  %"idot.acc.1" = alloca i64
  %"idot.acc32.1" = alloca i32
  %"t8" = alloca float, i64 8
  %"pmv.acc" = alloca float
  %"sum.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".224", %"sum.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w0.p", i64 0
  %".12" = getelementptr inbounds i16, ptr %"param.w.p", i64 0
  %".14" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".15" = load float, ptr %".14", !alias.scope !5, !noalias !6
  %".16" = fneg float %".15"
  %".17" = getelementptr inbounds float, ptr %".10", i64 0
  %".18" = load float, ptr %".17", !alias.scope !7, !noalias !8
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".21" = load i64, ptr %".20", !alias.scope !5, !noalias !6
  %".22" = add i64 %"ex", 1
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".22"
  %".24" = load i64, ptr %".23", !alias.scope !5, !noalias !6
  %".30" = fmul float %".29", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".32" = sub i64 %".24", %".21"
  %".33" = icmp sle i64 %".32", 516
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
  %".88" = fadd float %".18", %".87"
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".21", %"ex.body.if"], [%".56", %"idot32.body"]
  %".37" = icmp slt i64 %"idot32", %".24"
  br i1 %".37", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".39" = load i32, i32* %"idot.acc32"
  %".40" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".41" = load i32, ptr %".40", !alias.scope !5, !noalias !6
  %".42" = sext i32 %".41" to i64
  %".43" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".44" = load i8, ptr %".43", !alias.scope !5, !noalias !6
  %".45" = sitofp i8 %".44" to float
  %".46" = fmul float %".45", %".29"
  %".47" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".48" = load i8, ptr %".47", !alias.scope !5, !noalias !6
  %".49" = sext i8 %".48" to i32
  %".50" = getelementptr inbounds i16, ptr %".12", i64 %".42"
  %".51" = load i16, ptr %".50", !alias.scope !9, !noalias !10
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
  %".67" = load i32, ptr %".66", !alias.scope !5, !noalias !6
  %".68" = sext i32 %".67" to i64
  %".69" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".70" = load i8, ptr %".69", !alias.scope !5, !noalias !6
  %".71" = sitofp i8 %".70" to float
  %".72" = fmul float %".71", %".29"
  %".73" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".74" = load i8, ptr %".73", !alias.scope !5, !noalias !6
  %".75" = sext i8 %".74" to i64
  %".76" = getelementptr inbounds i16, ptr %".12", i64 %".68"
  %".77" = load i16, ptr %".76", !alias.scope !9, !noalias !10
  %".78" = sext i16 %".77" to i64
  %".79" = mul i64 %".75", %".78"
  %".80" = add i64 %".65", %".79"
  store i64 %".80", i64* %"idot.acc"
  %".82" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
mv.head:
  %"mv" = phi  i64 [0, %"ex.body.endif"], [%".161", %"mv.body.endif"]
  %".92" = icmp slt i64 %"mv", 8
  br i1 %".92", label %"mv.body", label %"mv.done"
mv.body:
  %".94" = mul i64 %"mv", %"dim.d"
  %".95" = getelementptr inbounds i16, ptr %"param.V.p", i64 %".94"
  %".96" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".97" = load i64, ptr %".96", !alias.scope !5, !noalias !6
  %".98" = add i64 %"ex", 1
  %".99" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".98"
  %".100" = load i64, ptr %".99", !alias.scope !5, !noalias !6
  %".101" = fmul float %".29", 0x3f30000000000000
  store i64 0, i64* %"idot.acc.1"
  %".103" = sub i64 %".100", %".97"
  %".104" = icmp sle i64 %".103", 516
  br i1 %".104", label %"mv.body.if", label %"mv.body.else"
mv.done:
  %".163" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".164" = load i64, ptr %".163", !alias.scope !5, !noalias !6
  %".165" = add i64 %"ex", 1
  %".166" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".165"
  %".167" = load i64, ptr %".166", !alias.scope !5, !noalias !6
  br label %"mvp.head"
mv.body.if:
  store i32 0, i32* %"idot.acc32.1"
  br label %"idot32.head.1"
mv.body.else:
  br label %"idot64.head.1"
mv.body.endif:
  %".156" = load i64, i64* %"idot.acc.1"
  %".157" = sitofp i64 %".156" to float
  %".158" = fmul float %".157", %".101"
  %".159" = getelementptr inbounds float, float* %"t6", i64 %"mv"
  store float %".158", float* %".159"
  %".161" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head.1:
  %"idot32.1" = phi  i64 [%".97", %"mv.body.if"], [%".127", %"idot32.body.1"]
  %".108" = icmp slt i64 %"idot32.1", %".100"
  br i1 %".108", label %"idot32.body.1", label %"idot32.done.1"
idot32.body.1:
  %".110" = load i32, i32* %"idot.acc32.1"
  %".111" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32.1"
  %".112" = load i32, ptr %".111", !alias.scope !5, !noalias !6
  %".113" = sext i32 %".112" to i64
  %".114" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".115" = load i8, ptr %".114", !alias.scope !5, !noalias !6
  %".116" = sitofp i8 %".115" to float
  %".117" = fmul float %".116", %".29"
  %".118" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32.1"
  %".119" = load i8, ptr %".118", !alias.scope !5, !noalias !6
  %".120" = sext i8 %".119" to i32
  %".121" = getelementptr inbounds i16, ptr %".95", i64 %".113"
  %".122" = load i16, ptr %".121", !alias.scope !11, !noalias !12
  %".123" = sext i16 %".122" to i32
  %".124" = mul i32 %".120", %".123"
  %".125" = add i32 %".110", %".124"
  store i32 %".125", i32* %"idot.acc32.1"
  %".127" = add i64 %"idot32.1", 1
  br label %"idot32.head.1"
idot32.done.1:
  %".129" = load i32, i32* %"idot.acc32.1"
  %".130" = sext i32 %".129" to i64
  store i64 %".130", i64* %"idot.acc.1"
  br label %"mv.body.endif"
idot64.head.1:
  %"idot64.1" = phi  i64 [%".97", %"mv.body.else"], [%".153", %"idot64.body.1"]
  %".134" = icmp slt i64 %"idot64.1", %".100"
  br i1 %".134", label %"idot64.body.1", label %"idot64.done.1"
idot64.body.1:
  %".136" = load i64, i64* %"idot.acc.1"
  %".137" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64.1"
  %".138" = load i32, ptr %".137", !alias.scope !5, !noalias !6
  %".139" = sext i32 %".138" to i64
  %".140" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".141" = load i8, ptr %".140", !alias.scope !5, !noalias !6
  %".142" = sitofp i8 %".141" to float
  %".143" = fmul float %".142", %".29"
  %".144" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64.1"
  %".145" = load i8, ptr %".144", !alias.scope !5, !noalias !6
  %".146" = sext i8 %".145" to i64
  %".147" = getelementptr inbounds i16, ptr %".95", i64 %".139"
  %".148" = load i16, ptr %".147", !alias.scope !11, !noalias !12
  %".149" = sext i16 %".148" to i64
  %".150" = mul i64 %".146", %".149"
  %".151" = add i64 %".136", %".150"
  store i64 %".151", i64* %"idot.acc.1"
  %".153" = add i64 %"idot64.1", 1
  br label %"idot64.head.1"
idot64.done.1:
  br label %"mv.body.endif"
mvp.head:
  %"mvp" = phi  i64 [0, %"mv.done"], [%".199", %"pmv.done"]
  %".169" = icmp slt i64 %"mvp", 8
  br i1 %".169", label %"mvp.body", label %"mvp.done"
mvp.body:
  %".171" = mul i64 %"mvp", %"dim.d"
  %".172" = getelementptr inbounds i16, ptr %"param.V.p", i64 %".171"
  store float              0x0, float* %"pmv.acc"
  br label %"pmv.head"
mvp.done:
  store float              0x0, float* %"sum.acc"
  br label %"sum.head"
pmv.head:
  %"pmv" = phi  i64 [%".164", %"mvp.body"], [%".194", %"pmv.body"]
  %".175" = icmp slt i64 %"pmv", %".167"
  br i1 %".175", label %"pmv.body", label %"pmv.done"
pmv.body:
  %".177" = load float, float* %"pmv.acc"
  %".178" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"pmv"
  %".179" = load i32, ptr %".178", !alias.scope !5, !noalias !6
  %".180" = sext i32 %".179" to i64
  %".181" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"pmv"
  %".182" = load i8, ptr %".181", !alias.scope !5, !noalias !6
  %".183" = sitofp i8 %".182" to float
  %".184" = fmul float %".183", %".29"
  %".185" = getelementptr inbounds i16, ptr %".172", i64 %".180"
  %".186" = load i16, ptr %".185", !alias.scope !11, !noalias !12
  %".187" = sitofp i16 %".186" to float
  %".188" = fmul float %".187", 0x3f30000000000000
  %".189" = fmul float %".188", %".188"
  %".190" = fmul float %".184", %".184"
  %".191" = fmul float %".189", %".190"
  %".192" = fadd float %".177", %".191"
  store float %".192", float* %"pmv.acc"
  %".194" = add i64 %"pmv", 1
  br label %"pmv.head"
pmv.done:
  %".196" = load float, float* %"pmv.acc"
  %".197" = getelementptr inbounds float, float* %"t8", i64 %"mvp"
  store float %".196", float* %".197"
  %".199" = add i64 %"mvp", 1
  br label %"mvp.head"
sum.head:
  %"sum" = phi  i64 [0, %"mvp.done"], [%".214", %"sum.body"]
  %".203" = icmp slt i64 %"sum", 8
  br i1 %".203", label %"sum.body", label %"sum.done"
sum.body:
  %".205" = load float, float* %"sum.acc"
  %".206" = getelementptr inbounds float, float* %"t6", i64 %"sum"
  %".207" = load float, float* %".206"
  %".208" = fmul float %".207", %".207"
  %".209" = getelementptr inbounds float, float* %"t8", i64 %"sum"
  %".210" = load float, float* %".209"
  %".211" = fsub float %".208", %".210"
  %".212" = fadd float %".205", %".211"
  store float %".212", float* %"sum.acc"
  %".214" = add i64 %"sum", 1
  br label %"sum.head"
sum.done:
  %".216" = load float, float* %"sum.acc"
  %".217" = fmul float 0x3fe0000000000000, %".216"
  %".218" = fadd float %".88", %".217"
  %".219" = fmul float %".16", %".218"
  %".220" = call float @"sgdc_softplus_f32"(float %".219")
  %".221" = fpext float %".220" to double
  %".222" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".221", ptr %".222"
  %".224" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.w0", !0 }
!3 = !{ !"sgdc.buffer.w", !0 }
!4 = !{ !"sgdc.buffer.V", !0 }
!5 = !{ !1 }
!6 = !{ !2, !3, !4 }
!7 = !{ !2 }
!8 = !{ !1, !3, !4 }
!9 = !{ !3 }
!10 = !{ !1, !2, !4 }
!11 = !{ !4 }
!12 = !{ !1, !2, !3 }