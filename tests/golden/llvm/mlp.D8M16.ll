; llvmlite 0.50.0
; ModuleID = "sgdc.mlp"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"epoch." = load i64, ptr %".8"
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 29
  %"push." = load i64, ptr %".13"
  %".14" = getelementptr inbounds i64, ptr %"slots", i64 30
  %"share." = load i64, ptr %".14"
  %".15" = trunc i64 %"share." to i32
  %".16" = bitcast i32 %".15" to float
  %".17" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b1" = load i64, ptr %".20"
  %"param.b1.p" = inttoptr i64 %"param.b1" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 18
  %"master.b1" = load i64, ptr %".21"
  %"master.b1.p" = inttoptr i64 %"master.b1" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 24
  %"base.b1" = load i64, ptr %".22"
  %"base.b1.p" = inttoptr i64 %"base.b1" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W2" = load i64, ptr %".35"
  %"param.W2.p" = inttoptr i64 %"param.W2" to ptr
  %".36" = getelementptr inbounds i64, ptr %"slots", i64 19
  %"master.W2" = load i64, ptr %".36"
  %"master.W2.p" = inttoptr i64 %"master.W2" to ptr
  %".37" = getelementptr inbounds i64, ptr %"slots", i64 25
  %"base.W2" = load i64, ptr %".37"
  %"base.W2.p" = inttoptr i64 %"base.W2" to ptr
  %".51" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b2" = load i64, ptr %".51"
  %"param.b2.p" = inttoptr i64 %"param.b2" to ptr
  %".52" = getelementptr inbounds i64, ptr %"slots", i64 20
  %"master.b2" = load i64, ptr %".52"
  %"master.b2.p" = inttoptr i64 %"master.b2" to ptr
  %".53" = getelementptr inbounds i64, ptr %"slots", i64 26
  %"base.b2" = load i64, ptr %".53"
  %"base.b2.p" = inttoptr i64 %"base.b2" to ptr
  %".66" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.v" = load i64, ptr %".66"
  %"param.v.p" = inttoptr i64 %"param.v" to ptr
  %".67" = getelementptr inbounds i64, ptr %"slots", i64 21
  %"master.v" = load i64, ptr %".67"
  %"master.v.p" = inttoptr i64 %"master.v" to ptr
  %".68" = getelementptr inbounds i64, ptr %"slots", i64 27
  %"base.v" = load i64, ptr %".68"
  %"base.v.p" = inttoptr i64 %"base.v" to ptr
  %".81" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"param.c" = load i64, ptr %".81"
  %"param.c.p" = inttoptr i64 %"param.c" to ptr
  %".82" = getelementptr inbounds i64, ptr %"slots", i64 22
  %"master.c" = load i64, ptr %".82"
  %"master.c.p" = inttoptr i64 %"master.c" to ptr
  %".83" = getelementptr inbounds i64, ptr %"slots", i64 28
  %"base.c" = load i64, ptr %".83"
  %"base.c.p" = inttoptr i64 %"base.c" to ptr
  %".105" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"indptr.x" = load i64, ptr %".105"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".108" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"field.y" = load i64, ptr %".108"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".123" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"indices.x" = load i64, ptr %".123"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".141" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"values.x" = load i64, ptr %".141"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".161" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"t0." = load i64, ptr %".161"
  %"t3" = alloca float, i64 32
  %".179" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W1" = load i64, ptr %".179"
  %"param.W1.p" = inttoptr i64 %"param.W1" to ptr
  %".180" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.d" = load i64, ptr %".180"
  %".191" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"scale.x" = load i64, ptr %".191"
  %".192" = trunc i64 %"scale.x" to i32
  %".193" = bitcast i32 %".192" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %"t7" = alloca float, i64 32
  %"mvd.acc" = alloca float
  %"dot.acc" = alloca float
  %"t25" = alloca float, i64 32
  %"tmvd.acc" = alloca float
  %"t27.m" = alloca float, i64 32
  %"t6.m" = alloca float, i64 32
  %"t24.m" = alloca float, i64 32
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".17", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  %".23" = mul i64 1, 32
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".33", %"cp.body"]
  %".25" = icmp slt i64 %"cp", %".23"
  br i1 %".25", label %"cp.body", label %"cp.done"
cp.body:
  %".27" = getelementptr inbounds i16, ptr %"master.b1.p", i64 %"cp"
  %".28" = load atomic i16, ptr %".27" monotonic, align 2
  %".29" = getelementptr inbounds i16, ptr %"param.b1.p", i64 %"cp"
  store i16 %".28", ptr %".29"
  %".31" = getelementptr inbounds i16, ptr %"base.b1.p", i64 %"cp"
  store i16 %".28", ptr %".31"
  %".33" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  %".38" = mul i64 1, 32
  %".39" = mul i64 %".38", 32
  br label %"cp.head.1"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"cp.done"], [%".49", %"cp.body.1"]
  %".41" = icmp slt i64 %"cp.1", %".39"
  br i1 %".41", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".43" = getelementptr inbounds i16, ptr %"master.W2.p", i64 %"cp.1"
  %".44" = load atomic i16, ptr %".43" monotonic, align 2
  %".45" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %"cp.1"
  store i16 %".44", ptr %".45"
  %".47" = getelementptr inbounds i16, ptr %"base.W2.p", i64 %"cp.1"
  store i16 %".44", ptr %".47"
  %".49" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  %".54" = mul i64 1, 32
  br label %"cp.head.2"
cp.head.2:
  %"cp.2" = phi  i64 [0, %"cp.done.1"], [%".64", %"cp.body.2"]
  %".56" = icmp slt i64 %"cp.2", %".54"
  br i1 %".56", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".58" = getelementptr inbounds i16, ptr %"master.b2.p", i64 %"cp.2"
  %".59" = load atomic i16, ptr %".58" monotonic, align 2
  %".60" = getelementptr inbounds i16, ptr %"param.b2.p", i64 %"cp.2"
  store i16 %".59", ptr %".60"
  %".62" = getelementptr inbounds i16, ptr %"base.b2.p", i64 %"cp.2"
  store i16 %".59", ptr %".62"
  %".64" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  %".69" = mul i64 1, 32
  br label %"cp.head.3"
cp.head.3:
  %"cp.3" = phi  i64 [0, %"cp.done.2"], [%".79", %"cp.body.3"]
  %".71" = icmp slt i64 %"cp.3", %".69"
  br i1 %".71", label %"cp.body.3", label %"cp.done.3"
cp.body.3:
  %".73" = getelementptr inbounds i16, ptr %"master.v.p", i64 %"cp.3"
  %".74" = load atomic i16, ptr %".73" monotonic, align 2
  %".75" = getelementptr inbounds i16, ptr %"param.v.p", i64 %"cp.3"
  store i16 %".74", ptr %".75"
  %".77" = getelementptr inbounds i16, ptr %"base.v.p", i64 %"cp.3"
  store i16 %".74", ptr %".77"
  %".79" = add i64 %"cp.3", 1
  br label %"cp.head.3"
cp.done.3:
  br label %"cp.head.4"
cp.head.4:
  %"cp.4" = phi  i64 [0, %"cp.done.3"], [%".93", %"cp.body.4"]
  %".85" = icmp slt i64 %"cp.4", 1
  br i1 %".85", label %"cp.body.4", label %"cp.done.4"
cp.body.4:
  %".87" = getelementptr inbounds float, ptr %"master.c.p", i64 %"cp.4"
  %".88" = load atomic float, ptr %".87" monotonic, align 4
  %".89" = getelementptr inbounds float, ptr %"param.c.p", i64 %"cp.4"
  store float %".88", ptr %".89"
  %".91" = getelementptr inbounds float, ptr %"base.c.p", i64 %"cp.4"
  store float %".88", ptr %".91"
  %".93" = add i64 %"cp.4", 1
  br label %"cp.head.4"
cp.done.4:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".1201", %"dense.done.endif"]
  %".97" = icmp slt i64 %"ex", %"end"
  br i1 %".97", label %"ex.body", label %"ex.done"
ex.body:
  %".99" = add i64 %"ex", 16
  %".100" = icmp slt i64 %".99", %"end"
  %".101" = select  i1 %".100", i64 %".99", i64 %"ex"
  %".102" = getelementptr inbounds i32, ptr %"order..p", i64 %".101"
  %".103" = load i32, ptr %".102"
  %".104" = sext i32 %".103" to i64
  %".106" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".104"
  call void @"llvm.prefetch.p0"(ptr %".106", i32 0, i32 3, i32 1)
  %".109" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".104"
  call void @"llvm.prefetch.p0"(ptr %".109", i32 0, i32 3, i32 1)
  %".111" = add i64 %"ex", 8
  %".112" = icmp slt i64 %".111", %"end"
  %".113" = select  i1 %".112", i64 %".111", i64 %"ex"
  %".114" = getelementptr inbounds i32, ptr %"order..p", i64 %".113"
  %".115" = load i32, ptr %".114"
  %".116" = sext i32 %".115" to i64
  %".117" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".116"
  %".118" = load i64, ptr %".117"
  %".119" = add i64 %".116", 1
  %".120" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".119"
  %".121" = load i64, ptr %".120"
  %".122" = sub i64 %".121", %".118"
  %".124" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".118"
  %".125" = ptrtoint ptr %".124" to i64
  %".126" = and i64 %".125", 63
  %".127" = mul i64 %".122", 4
  %".128" = add i64 %".126", %".127"
  %".129" = add i64 %".128", 63
  %".130" = udiv i64 %".129", 64
  %".131" = icmp ult i64 %".130", 8
  %".132" = select  i1 %".131", i64 %".130", i64 8
  br label %"pfs.head"
ex.done:
  br i1 %".17", label %"ex.done.if", label %"ex.done.endif"
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".139", %"pfs.body"]
  %".134" = icmp slt i64 %"pfs", %".132"
  br i1 %".134", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".136" = mul i64 %"pfs", 64
  %".137" = getelementptr i8, ptr %".124", i64 %".136"
  call void @"llvm.prefetch.p0"(ptr %".137", i32 0, i32 3, i32 1)
  %".139" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".142" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".118"
  %".143" = ptrtoint ptr %".142" to i64
  %".144" = and i64 %".143", 63
  %".145" = mul i64 %".122", 1
  %".146" = add i64 %".144", %".145"
  %".147" = add i64 %".146", 63
  %".148" = udiv i64 %".147", 64
  %".149" = icmp ult i64 %".148", 8
  %".150" = select  i1 %".149", i64 %".148", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".157", %"pfs.body.1"]
  %".152" = icmp slt i64 %"pfs.1", %".150"
  br i1 %".152", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".154" = mul i64 %"pfs.1", 64
  %".155" = getelementptr i8, ptr %".142", i64 %".154"
  call void @"llvm.prefetch.p0"(ptr %".155", i32 0, i32 3, i32 1)
  %".157" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".159" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".159", !alias.scope !8, !noalias !9
  %".160" = sext i32 %"e" to i64
  %".162" = add i64 %"t0.", %"ex"
  %".163" = sitofp i64 %".162" to float
  %".164" = load i32, i32* %"rng.state"
  %".165" = shl i32 %".164", 13
  %".166" = xor i32 %".164", %".165"
  %".167" = lshr i32 %".166", 17
  %".168" = xor i32 %".166", %".167"
  %".169" = shl i32 %".168", 5
  %".170" = xor i32 %".168", %".169"
  store i32 %".170", i32* %"rng.state"
  %".172" = getelementptr inbounds i16, ptr %"param.v.p", i64 0
  %".173" = getelementptr inbounds i16, ptr %"param.b1.p", i64 0
  %".174" = getelementptr inbounds i16, ptr %"param.b2.p", i64 0
  %".175" = getelementptr inbounds float, ptr %"param.c.p", i64 0
  %".176" = getelementptr inbounds float, ptr %"field.y.p", i64 %".160"
  %".177" = load float, ptr %".176", !alias.scope !8, !noalias !9
  %".178" = fneg float %".177"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".254", %"mv.body.endif"]
  %".182" = icmp slt i64 %"mv", 32
  br i1 %".182", label %"mv.body", label %"mv.done"
mv.body:
  %".184" = mul i64 %"mv", %"dim.d"
  %".185" = getelementptr inbounds i16, ptr %"param.W1.p", i64 %".184"
  %".186" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".160"
  %".187" = load i64, ptr %".186", !alias.scope !8, !noalias !9
  %".188" = add i64 %".160", 1
  %".189" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".188"
  %".190" = load i64, ptr %".189", !alias.scope !8, !noalias !9
  %".194" = fmul float %".193", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".196" = sub i64 %".190", %".187"
  %".197" = icmp sle i64 %".196", 516
  br i1 %".197", label %"mv.body.if", label %"mv.body.else"
mv.done:
  br label %"mv.head.1"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".249" = load i64, i64* %"idot.acc"
  %".250" = sitofp i64 %".249" to float
  %".251" = fmul float %".250", %".194"
  %".252" = getelementptr inbounds float, float* %"t3", i64 %"mv"
  store float %".251", float* %".252"
  %".254" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".187", %"mv.body.if"], [%".220", %"idot32.body"]
  %".201" = icmp slt i64 %"idot32", %".190"
  br i1 %".201", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".203" = load i32, i32* %"idot.acc32"
  %".204" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".205" = load i32, ptr %".204", !alias.scope !8, !noalias !9
  %".206" = sext i32 %".205" to i64
  %".207" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".208" = load i8, ptr %".207", !alias.scope !8, !noalias !9
  %".209" = sitofp i8 %".208" to float
  %".210" = fmul float %".209", %".193"
  %".211" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".212" = load i8, ptr %".211", !alias.scope !8, !noalias !9
  %".213" = sext i8 %".212" to i32
  %".214" = getelementptr inbounds i16, ptr %".185", i64 %".206"
  %".215" = load i16, ptr %".214", !alias.scope !10, !noalias !11
  %".216" = sext i16 %".215" to i32
  %".217" = mul i32 %".213", %".216"
  %".218" = add i32 %".203", %".217"
  store i32 %".218", i32* %"idot.acc32"
  %".220" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".222" = load i32, i32* %"idot.acc32"
  %".223" = sext i32 %".222" to i64
  store i64 %".223", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".187", %"mv.body.else"], [%".246", %"idot64.body"]
  %".227" = icmp slt i64 %"idot64", %".190"
  br i1 %".227", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".229" = load i64, i64* %"idot.acc"
  %".230" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".231" = load i32, ptr %".230", !alias.scope !8, !noalias !9
  %".232" = sext i32 %".231" to i64
  %".233" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".234" = load i8, ptr %".233", !alias.scope !8, !noalias !9
  %".235" = sitofp i8 %".234" to float
  %".236" = fmul float %".235", %".193"
  %".237" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".238" = load i8, ptr %".237", !alias.scope !8, !noalias !9
  %".239" = sext i8 %".238" to i64
  %".240" = getelementptr inbounds i16, ptr %".185", i64 %".232"
  %".241" = load i16, ptr %".240", !alias.scope !10, !noalias !11
  %".242" = sext i16 %".241" to i64
  %".243" = mul i64 %".239", %".242"
  %".244" = add i64 %".229", %".243"
  store i64 %".244", i64* %"idot.acc"
  %".246" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
mv.head.1:
  %"mv.1" = phi  i64 [0, %"mv.done"], [%".287", %"mvd.done"]
  %".257" = icmp slt i64 %"mv.1", 32
  br i1 %".257", label %"mv.body.1", label %"mv.done.1"
mv.body.1:
  %".259" = mul i64 %"mv.1", 32
  %".260" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %".259"
  store float              0x0, float* %"mvd.acc"
  br label %"mvd.head"
mv.done.1:
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
mvd.head:
  %"mvd" = phi  i64 [0, %"mv.body.1"], [%".282", %"mvd.body"]
  %".263" = icmp slt i64 %"mvd", 32
  br i1 %".263", label %"mvd.body", label %"mvd.done"
mvd.body:
  %".265" = load float, float* %"mvd.acc"
  %".266" = getelementptr inbounds i16, ptr %".260", i64 %"mvd"
  %".267" = load i16, ptr %".266", !alias.scope !12, !noalias !13
  %".268" = sitofp i16 %".267" to float
  %".269" = fmul float %".268", 0x3f30000000000000
  %".270" = getelementptr inbounds float, float* %"t3", i64 %"mvd"
  %".271" = load float, float* %".270"
  %".272" = getelementptr inbounds i16, ptr %".173", i64 %"mvd"
  %".273" = load i16, ptr %".272", !alias.scope !14, !noalias !15
  %".274" = sitofp i16 %".273" to float
  %".275" = fmul float %".274", 0x3f30000000000000
  %".276" = fadd float %".271", %".275"
  %".277" = fcmp ogt float %".276",              0x0
  %".278" = select  i1 %".277", float %".276", float              0x0
  %".279" = fmul float %".269", %".278"
  %".280" = fadd float %".265", %".279"
  store float %".280", float* %"mvd.acc"
  %".282" = add i64 %"mvd", 1
  br label %"mvd.head"
mvd.done:
  %".284" = load float, float* %"mvd.acc"
  %".285" = getelementptr inbounds float, float* %"t7", i64 %"mv.1"
  store float %".284", float* %".285"
  %".287" = add i64 %"mv.1", 1
  br label %"mv.head.1"
dot.head:
  %"dot" = phi  i64 [0, %"mv.done.1"], [%".310", %"dot.body"]
  %".291" = icmp slt i64 %"dot", 32
  br i1 %".291", label %"dot.body", label %"dot.done"
dot.body:
  %".293" = load float, float* %"dot.acc"
  %".294" = getelementptr inbounds i16, ptr %".172", i64 %"dot"
  %".295" = load i16, ptr %".294", !alias.scope !16, !noalias !17
  %".296" = sitofp i16 %".295" to float
  %".297" = fmul float %".296", 0x3f30000000000000
  %".298" = getelementptr inbounds float, float* %"t7", i64 %"dot"
  %".299" = load float, float* %".298"
  %".300" = getelementptr inbounds i16, ptr %".174", i64 %"dot"
  %".301" = load i16, ptr %".300", !alias.scope !18, !noalias !19
  %".302" = sitofp i16 %".301" to float
  %".303" = fmul float %".302", 0x3f30000000000000
  %".304" = fadd float %".299", %".303"
  %".305" = fcmp ogt float %".304",              0x0
  %".306" = select  i1 %".305", float %".304", float              0x0
  %".307" = fmul float %".297", %".306"
  %".308" = fadd float %".293", %".307"
  store float %".308", float* %"dot.acc"
  %".310" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".312" = load float, float* %"dot.acc"
  %".313" = getelementptr inbounds float, ptr %".175", i64 0
  %".314" = load float, ptr %".313", !alias.scope !20, !noalias !21
  %".315" = fadd float %".312", %".314"
  %".316" = fmul float %".178", %".315"
  %".317" = call float @"sgdc_softplus_f32"(float %".316")
  %".318" = call float @"sgdc_sigmoid_f32"(float %".316")
  %".319" = fmul float %".318", %".178"
  br label %"tmv.head"
tmv.head:
  %"tmv" = phi  i64 [0, %"dot.done"], [%".356", %"tmvd.done"]
  %".321" = icmp slt i64 %"tmv", 32
  br i1 %".321", label %"tmv.body", label %"tmv.done"
tmv.body:
  store float              0x0, float* %"tmvd.acc"
  br label %"tmvd.head"
tmv.done:
  %".358" = fpext float %".317" to double
  %".359" = load double, double* %"loss.acc"
  %".360" = fadd double %".359", %".358"
  store double %".360", double* %"loss.acc"
  br label %"mat.head"
tmvd.head:
  %"tmvd" = phi  i64 [0, %"tmv.body"], [%".351", %"tmvd.body"]
  %".325" = icmp slt i64 %"tmvd", 32
  br i1 %".325", label %"tmvd.body", label %"tmvd.done"
tmvd.body:
  %".327" = load float, float* %"tmvd.acc"
  %".328" = mul i64 %"tmvd", 32
  %".329" = add i64 %".328", %"tmv"
  %".330" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %".329"
  %".331" = load i16, ptr %".330", !alias.scope !12, !noalias !13
  %".332" = sitofp i16 %".331" to float
  %".333" = fmul float %".332", 0x3f30000000000000
  %".334" = getelementptr inbounds i16, ptr %".172", i64 %"tmvd"
  %".335" = load i16, ptr %".334", !alias.scope !16, !noalias !17
  %".336" = sitofp i16 %".335" to float
  %".337" = fmul float %".336", 0x3f30000000000000
  %".338" = fmul float %".319", %".337"
  %".339" = getelementptr inbounds float, float* %"t7", i64 %"tmvd"
  %".340" = load float, float* %".339"
  %".341" = getelementptr inbounds i16, ptr %".174", i64 %"tmvd"
  %".342" = load i16, ptr %".341", !alias.scope !18, !noalias !19
  %".343" = sitofp i16 %".342" to float
  %".344" = fmul float %".343", 0x3f30000000000000
  %".345" = fadd float %".340", %".344"
  %".346" = call float @"sgdc_ge_f32"(float %".345", float              0x0)
  %".347" = fmul float %".338", %".346"
  %".348" = fmul float %".333", %".347"
  %".349" = fadd float %".327", %".348"
  store float %".349", float* %"tmvd.acc"
  %".351" = add i64 %"tmvd", 1
  br label %"tmvd.head"
tmvd.done:
  %".353" = load float, float* %"tmvd.acc"
  %".354" = getelementptr inbounds float, float* %"t25", i64 %"tmv"
  store float %".353", float* %".354"
  %".356" = add i64 %"tmv", 1
  br label %"tmv.head"
mat.head:
  %"mat" = phi  i64 [0, %"tmv.done"], [%".378", %"mat.body"]
  %".363" = icmp slt i64 %"mat", 32
  br i1 %".363", label %"mat.body", label %"mat.done"
mat.body:
  %".365" = getelementptr inbounds float, float* %"t25", i64 %"mat"
  %".366" = load float, float* %".365"
  %".367" = getelementptr inbounds float, float* %"t3", i64 %"mat"
  %".368" = load float, float* %".367"
  %".369" = getelementptr inbounds i16, ptr %".173", i64 %"mat"
  %".370" = load i16, ptr %".369", !alias.scope !14, !noalias !15
  %".371" = sitofp i16 %".370" to float
  %".372" = fmul float %".371", 0x3f30000000000000
  %".373" = fadd float %".368", %".372"
  %".374" = call float @"sgdc_ge_f32"(float %".373", float              0x0)
  %".375" = fmul float %".366", %".374"
  %".376" = getelementptr inbounds float, float* %"t27.m", i64 %"mat"
  store float %".375", float* %".376"
  %".378" = add i64 %"mat", 1
  br label %"mat.head"
mat.done:
  br label %"mat.head.1"
mat.head.1:
  %"mat.1" = phi  i64 [0, %"mat.done"], [%".394", %"mat.body.1"]
  %".381" = icmp slt i64 %"mat.1", 32
  br i1 %".381", label %"mat.body.1", label %"mat.done.1"
mat.body.1:
  %".383" = getelementptr inbounds float, float* %"t3", i64 %"mat.1"
  %".384" = load float, float* %".383"
  %".385" = getelementptr inbounds i16, ptr %".173", i64 %"mat.1"
  %".386" = load i16, ptr %".385", !alias.scope !14, !noalias !15
  %".387" = sitofp i16 %".386" to float
  %".388" = fmul float %".387", 0x3f30000000000000
  %".389" = fadd float %".384", %".388"
  %".390" = fcmp ogt float %".389",              0x0
  %".391" = select  i1 %".390", float %".389", float              0x0
  %".392" = getelementptr inbounds float, float* %"t6.m", i64 %"mat.1"
  store float %".391", float* %".392"
  %".394" = add i64 %"mat.1", 1
  br label %"mat.head.1"
mat.done.1:
  br label %"mat.head.2"
mat.head.2:
  %"mat.2" = phi  i64 [0, %"mat.done.1"], [%".415", %"mat.body.2"]
  %".397" = icmp slt i64 %"mat.2", 32
  br i1 %".397", label %"mat.body.2", label %"mat.done.2"
mat.body.2:
  %".399" = getelementptr inbounds i16, ptr %".172", i64 %"mat.2"
  %".400" = load i16, ptr %".399", !alias.scope !16, !noalias !17
  %".401" = sitofp i16 %".400" to float
  %".402" = fmul float %".401", 0x3f30000000000000
  %".403" = fmul float %".319", %".402"
  %".404" = getelementptr inbounds float, float* %"t7", i64 %"mat.2"
  %".405" = load float, float* %".404"
  %".406" = getelementptr inbounds i16, ptr %".174", i64 %"mat.2"
  %".407" = load i16, ptr %".406", !alias.scope !18, !noalias !19
  %".408" = sitofp i16 %".407" to float
  %".409" = fmul float %".408", 0x3f30000000000000
  %".410" = fadd float %".405", %".409"
  %".411" = call float @"sgdc_ge_f32"(float %".410", float              0x0)
  %".412" = fmul float %".403", %".411"
  %".413" = getelementptr inbounds float, float* %"t24.m", i64 %"mat.2"
  store float %".412", float* %".413"
  %".415" = add i64 %"mat.2", 1
  br label %"mat.head.2"
mat.done.2:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"mat.done.2"], [%".771", %"op.done"]
  %".418" = icmp slt i64 %"outer", 32
  br i1 %".418", label %"outer.body", label %"outer.done"
outer.body:
  %".420" = mul i64 %"outer", %"dim.d"
  %".421" = getelementptr inbounds i16, ptr %"param.W1.p", i64 %".420"
  %".422" = getelementptr inbounds float, float* %"t27.m", i64 %"outer"
  %".423" = load float, float* %".422"
  %".424" = fmul float 0x3f947ae140000000, %".423"
  %".425" = fmul float %".193", 0x40b0000000000000
  %".426" = fmul float %".424", %".425"
  %".427" = fcmp ogt float %".426", 0x4630000000000000
  %".428" = select  i1 %".427", float 0x4630000000000000, float %".426"
  %".429" = fcmp olt float %".428", 0xc630000000000000
  %".430" = select  i1 %".429", float 0xc630000000000000, float %".428"
  %".431" = fcmp uno float %".426", %".426"
  %".432" = fcmp uno float %".426", %".426"
  %".433" = or i1 %".431", %".432"
  %".434" = select  i1 %".433", float              0x0, float %".430"
  %".435" = mul i64 %"outer", %"dim.d"
  %".436" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".160"
  %".437" = load i64, ptr %".436", !alias.scope !8, !noalias !9
  %".438" = add i64 %".160", 1
  %".439" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".438"
  %".440" = load i64, ptr %".439", !alias.scope !8, !noalias !9
  %".441" = sub i64 %".440", %".437"
  %".442" = sdiv i64 %".441", 16
  br label %"spv.head"
outer.done:
  %".773" = fmul float 0x3f947ae140000000, 0x40b0000000000000
  %".774" = fmul float 0x3f947ae140000000, 0x40b0000000000000
  %".775" = fmul float 0x3f947ae140000000, 0x40b0000000000000
  br label %"rows.head"
spv.head:
  %"spv" = phi  i64 [0, %"outer.body"], [%".614", %"spv.body"]
  %".444" = icmp slt i64 %"spv", %".442"
  br i1 %".444", label %"spv.body", label %"spv.done"
spv.body:
  %".446" = mul i64 %"spv", 16
  %".447" = add i64 %".437", %".446"
  %".448" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".447"
  %".449" = load <16 x i32>, ptr %".448", align 4, !alias.scope !8, !noalias !9
  %".450" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".447"
  %".451" = load <16 x i8>, ptr %".450", align 1, !alias.scope !8, !noalias !9
  %".452" = sext <16 x i32> %".449" to <16 x i64>
  %".453" = insertelement <16 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".435", i32 0
  %".454" = shufflevector <16 x i64> %".453", <16 x i64> %".453", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".455" = add <16 x i64> %".452", %".454"
  %".456" = sitofp <16 x i8> %".451" to <16 x float>
  %".457" = extractelement <16 x i64> %".452", i32 0
  %".458" = getelementptr inbounds i16, ptr %".421", i64 %".457"
  %".459" = load i16, ptr %".458", !alias.scope !10, !noalias !11
  %".460" = insertelement <16 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".459", i32 0
  %".461" = extractelement <16 x i64> %".452", i32 1
  %".462" = getelementptr inbounds i16, ptr %".421", i64 %".461"
  %".463" = load i16, ptr %".462", !alias.scope !10, !noalias !11
  %".464" = insertelement <16 x i16> %".460", i16 %".463", i32 1
  %".465" = extractelement <16 x i64> %".452", i32 2
  %".466" = getelementptr inbounds i16, ptr %".421", i64 %".465"
  %".467" = load i16, ptr %".466", !alias.scope !10, !noalias !11
  %".468" = insertelement <16 x i16> %".464", i16 %".467", i32 2
  %".469" = extractelement <16 x i64> %".452", i32 3
  %".470" = getelementptr inbounds i16, ptr %".421", i64 %".469"
  %".471" = load i16, ptr %".470", !alias.scope !10, !noalias !11
  %".472" = insertelement <16 x i16> %".468", i16 %".471", i32 3
  %".473" = extractelement <16 x i64> %".452", i32 4
  %".474" = getelementptr inbounds i16, ptr %".421", i64 %".473"
  %".475" = load i16, ptr %".474", !alias.scope !10, !noalias !11
  %".476" = insertelement <16 x i16> %".472", i16 %".475", i32 4
  %".477" = extractelement <16 x i64> %".452", i32 5
  %".478" = getelementptr inbounds i16, ptr %".421", i64 %".477"
  %".479" = load i16, ptr %".478", !alias.scope !10, !noalias !11
  %".480" = insertelement <16 x i16> %".476", i16 %".479", i32 5
  %".481" = extractelement <16 x i64> %".452", i32 6
  %".482" = getelementptr inbounds i16, ptr %".421", i64 %".481"
  %".483" = load i16, ptr %".482", !alias.scope !10, !noalias !11
  %".484" = insertelement <16 x i16> %".480", i16 %".483", i32 6
  %".485" = extractelement <16 x i64> %".452", i32 7
  %".486" = getelementptr inbounds i16, ptr %".421", i64 %".485"
  %".487" = load i16, ptr %".486", !alias.scope !10, !noalias !11
  %".488" = insertelement <16 x i16> %".484", i16 %".487", i32 7
  %".489" = extractelement <16 x i64> %".452", i32 8
  %".490" = getelementptr inbounds i16, ptr %".421", i64 %".489"
  %".491" = load i16, ptr %".490", !alias.scope !10, !noalias !11
  %".492" = insertelement <16 x i16> %".488", i16 %".491", i32 8
  %".493" = extractelement <16 x i64> %".452", i32 9
  %".494" = getelementptr inbounds i16, ptr %".421", i64 %".493"
  %".495" = load i16, ptr %".494", !alias.scope !10, !noalias !11
  %".496" = insertelement <16 x i16> %".492", i16 %".495", i32 9
  %".497" = extractelement <16 x i64> %".452", i32 10
  %".498" = getelementptr inbounds i16, ptr %".421", i64 %".497"
  %".499" = load i16, ptr %".498", !alias.scope !10, !noalias !11
  %".500" = insertelement <16 x i16> %".496", i16 %".499", i32 10
  %".501" = extractelement <16 x i64> %".452", i32 11
  %".502" = getelementptr inbounds i16, ptr %".421", i64 %".501"
  %".503" = load i16, ptr %".502", !alias.scope !10, !noalias !11
  %".504" = insertelement <16 x i16> %".500", i16 %".503", i32 11
  %".505" = extractelement <16 x i64> %".452", i32 12
  %".506" = getelementptr inbounds i16, ptr %".421", i64 %".505"
  %".507" = load i16, ptr %".506", !alias.scope !10, !noalias !11
  %".508" = insertelement <16 x i16> %".504", i16 %".507", i32 12
  %".509" = extractelement <16 x i64> %".452", i32 13
  %".510" = getelementptr inbounds i16, ptr %".421", i64 %".509"
  %".511" = load i16, ptr %".510", !alias.scope !10, !noalias !11
  %".512" = insertelement <16 x i16> %".508", i16 %".511", i32 13
  %".513" = extractelement <16 x i64> %".452", i32 14
  %".514" = getelementptr inbounds i16, ptr %".421", i64 %".513"
  %".515" = load i16, ptr %".514", !alias.scope !10, !noalias !11
  %".516" = insertelement <16 x i16> %".512", i16 %".515", i32 14
  %".517" = extractelement <16 x i64> %".452", i32 15
  %".518" = getelementptr inbounds i16, ptr %".421", i64 %".517"
  %".519" = load i16, ptr %".518", !alias.scope !10, !noalias !11
  %".520" = insertelement <16 x i16> %".516", i16 %".519", i32 15
  %".521" = sitofp <16 x i16> %".520" to <16 x float>
  %".522" = insertelement <16 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".434", i32 0
  %".523" = shufflevector <16 x float> %".522", <16 x float> %".522", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".524" = fmul <16 x float> %".523", %".456"
  %".525" = fsub <16 x float> %".521", %".524"
  %".526" = xor i32 %".170", 0
  %".527" = lshr i32 %".526", 16
  %".528" = xor i32 %".526", %".527"
  %".529" = mul i32 %".528", 2146121005
  %".530" = lshr i32 %".529", 15
  %".531" = xor i32 %".529", %".530"
  %".532" = mul i32 %".531", 2221713035
  %".533" = lshr i32 %".532", 16
  %".534" = xor i32 %".532", %".533"
  %".535" = trunc <16 x i64> %".455" to <16 x i32>
  %".536" = insertelement <16 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".534", i32 0
  %".537" = shufflevector <16 x i32> %".536", <16 x i32> %".536", <16 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".538" = mul <16 x i32> %".535", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".539" = add <16 x i32> %".537", %".538"
  %".540" = lshr <16 x i32> %".539", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".541" = uitofp <16 x i32> %".540" to <16 x float>
  %".542" = fmul <16 x float> %".541", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".543" = fadd <16 x float> %".525", %".542"
  %".544" = call <16 x float> @"llvm.floor.v16f32"(<16 x float> %".543")
  %".545" = fcmp ogt <16 x float> %".544", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".546" = select  <16 x i1> %".545", <16 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <16 x float> %".544"
  %".547" = fcmp olt <16 x float> %".546", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".548" = select  <16 x i1> %".547", <16 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <16 x float> %".546"
  %".549" = fptosi <16 x float> %".548" to <16 x i16>
  %".550" = extractelement <16 x i16> %".549", i32 0
  %".551" = extractelement <16 x i64> %".452", i32 0
  %".552" = getelementptr inbounds i16, ptr %".421", i64 %".551"
  store i16 %".550", ptr %".552", !alias.scope !10, !noalias !11
  %".554" = extractelement <16 x i16> %".549", i32 1
  %".555" = extractelement <16 x i64> %".452", i32 1
  %".556" = getelementptr inbounds i16, ptr %".421", i64 %".555"
  store i16 %".554", ptr %".556", !alias.scope !10, !noalias !11
  %".558" = extractelement <16 x i16> %".549", i32 2
  %".559" = extractelement <16 x i64> %".452", i32 2
  %".560" = getelementptr inbounds i16, ptr %".421", i64 %".559"
  store i16 %".558", ptr %".560", !alias.scope !10, !noalias !11
  %".562" = extractelement <16 x i16> %".549", i32 3
  %".563" = extractelement <16 x i64> %".452", i32 3
  %".564" = getelementptr inbounds i16, ptr %".421", i64 %".563"
  store i16 %".562", ptr %".564", !alias.scope !10, !noalias !11
  %".566" = extractelement <16 x i16> %".549", i32 4
  %".567" = extractelement <16 x i64> %".452", i32 4
  %".568" = getelementptr inbounds i16, ptr %".421", i64 %".567"
  store i16 %".566", ptr %".568", !alias.scope !10, !noalias !11
  %".570" = extractelement <16 x i16> %".549", i32 5
  %".571" = extractelement <16 x i64> %".452", i32 5
  %".572" = getelementptr inbounds i16, ptr %".421", i64 %".571"
  store i16 %".570", ptr %".572", !alias.scope !10, !noalias !11
  %".574" = extractelement <16 x i16> %".549", i32 6
  %".575" = extractelement <16 x i64> %".452", i32 6
  %".576" = getelementptr inbounds i16, ptr %".421", i64 %".575"
  store i16 %".574", ptr %".576", !alias.scope !10, !noalias !11
  %".578" = extractelement <16 x i16> %".549", i32 7
  %".579" = extractelement <16 x i64> %".452", i32 7
  %".580" = getelementptr inbounds i16, ptr %".421", i64 %".579"
  store i16 %".578", ptr %".580", !alias.scope !10, !noalias !11
  %".582" = extractelement <16 x i16> %".549", i32 8
  %".583" = extractelement <16 x i64> %".452", i32 8
  %".584" = getelementptr inbounds i16, ptr %".421", i64 %".583"
  store i16 %".582", ptr %".584", !alias.scope !10, !noalias !11
  %".586" = extractelement <16 x i16> %".549", i32 9
  %".587" = extractelement <16 x i64> %".452", i32 9
  %".588" = getelementptr inbounds i16, ptr %".421", i64 %".587"
  store i16 %".586", ptr %".588", !alias.scope !10, !noalias !11
  %".590" = extractelement <16 x i16> %".549", i32 10
  %".591" = extractelement <16 x i64> %".452", i32 10
  %".592" = getelementptr inbounds i16, ptr %".421", i64 %".591"
  store i16 %".590", ptr %".592", !alias.scope !10, !noalias !11
  %".594" = extractelement <16 x i16> %".549", i32 11
  %".595" = extractelement <16 x i64> %".452", i32 11
  %".596" = getelementptr inbounds i16, ptr %".421", i64 %".595"
  store i16 %".594", ptr %".596", !alias.scope !10, !noalias !11
  %".598" = extractelement <16 x i16> %".549", i32 12
  %".599" = extractelement <16 x i64> %".452", i32 12
  %".600" = getelementptr inbounds i16, ptr %".421", i64 %".599"
  store i16 %".598", ptr %".600", !alias.scope !10, !noalias !11
  %".602" = extractelement <16 x i16> %".549", i32 13
  %".603" = extractelement <16 x i64> %".452", i32 13
  %".604" = getelementptr inbounds i16, ptr %".421", i64 %".603"
  store i16 %".602", ptr %".604", !alias.scope !10, !noalias !11
  %".606" = extractelement <16 x i16> %".549", i32 14
  %".607" = extractelement <16 x i64> %".452", i32 14
  %".608" = getelementptr inbounds i16, ptr %".421", i64 %".607"
  store i16 %".606", ptr %".608", !alias.scope !10, !noalias !11
  %".610" = extractelement <16 x i16> %".549", i32 15
  %".611" = extractelement <16 x i64> %".452", i32 15
  %".612" = getelementptr inbounds i16, ptr %".421", i64 %".611"
  store i16 %".610", ptr %".612", !alias.scope !10, !noalias !11
  %".614" = add i64 %"spv", 1
  br label %"spv.head"
spv.done:
  %".616" = mul i64 %".442", 16
  %".617" = add i64 %".437", %".616"
  %".618" = sub i64 %".440", %".617"
  %".619" = sdiv i64 %".618", 8
  br label %"spv.head.1"
spv.head.1:
  %"spv.1" = phi  i64 [0, %"spv.done"], [%".727", %"spv.body.1"]
  %".621" = icmp slt i64 %"spv.1", %".619"
  br i1 %".621", label %"spv.body.1", label %"spv.done.1"
spv.body.1:
  %".623" = mul i64 %"spv.1", 8
  %".624" = add i64 %".617", %".623"
  %".625" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".624"
  %".626" = load <8 x i32>, ptr %".625", align 4, !alias.scope !8, !noalias !9
  %".627" = getelementptr inbounds i8, ptr %"values.x.p", i64 %".624"
  %".628" = load <8 x i8>, ptr %".627", align 1, !alias.scope !8, !noalias !9
  %".629" = sext <8 x i32> %".626" to <8 x i64>
  %".630" = insertelement <8 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".435", i32 0
  %".631" = shufflevector <8 x i64> %".630", <8 x i64> %".630", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".632" = add <8 x i64> %".629", %".631"
  %".633" = sitofp <8 x i8> %".628" to <8 x float>
  %".634" = extractelement <8 x i64> %".629", i32 0
  %".635" = getelementptr inbounds i16, ptr %".421", i64 %".634"
  %".636" = load i16, ptr %".635", !alias.scope !10, !noalias !11
  %".637" = insertelement <8 x i16> <i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef, i16 undef>, i16 %".636", i32 0
  %".638" = extractelement <8 x i64> %".629", i32 1
  %".639" = getelementptr inbounds i16, ptr %".421", i64 %".638"
  %".640" = load i16, ptr %".639", !alias.scope !10, !noalias !11
  %".641" = insertelement <8 x i16> %".637", i16 %".640", i32 1
  %".642" = extractelement <8 x i64> %".629", i32 2
  %".643" = getelementptr inbounds i16, ptr %".421", i64 %".642"
  %".644" = load i16, ptr %".643", !alias.scope !10, !noalias !11
  %".645" = insertelement <8 x i16> %".641", i16 %".644", i32 2
  %".646" = extractelement <8 x i64> %".629", i32 3
  %".647" = getelementptr inbounds i16, ptr %".421", i64 %".646"
  %".648" = load i16, ptr %".647", !alias.scope !10, !noalias !11
  %".649" = insertelement <8 x i16> %".645", i16 %".648", i32 3
  %".650" = extractelement <8 x i64> %".629", i32 4
  %".651" = getelementptr inbounds i16, ptr %".421", i64 %".650"
  %".652" = load i16, ptr %".651", !alias.scope !10, !noalias !11
  %".653" = insertelement <8 x i16> %".649", i16 %".652", i32 4
  %".654" = extractelement <8 x i64> %".629", i32 5
  %".655" = getelementptr inbounds i16, ptr %".421", i64 %".654"
  %".656" = load i16, ptr %".655", !alias.scope !10, !noalias !11
  %".657" = insertelement <8 x i16> %".653", i16 %".656", i32 5
  %".658" = extractelement <8 x i64> %".629", i32 6
  %".659" = getelementptr inbounds i16, ptr %".421", i64 %".658"
  %".660" = load i16, ptr %".659", !alias.scope !10, !noalias !11
  %".661" = insertelement <8 x i16> %".657", i16 %".660", i32 6
  %".662" = extractelement <8 x i64> %".629", i32 7
  %".663" = getelementptr inbounds i16, ptr %".421", i64 %".662"
  %".664" = load i16, ptr %".663", !alias.scope !10, !noalias !11
  %".665" = insertelement <8 x i16> %".661", i16 %".664", i32 7
  %".666" = sitofp <8 x i16> %".665" to <8 x float>
  %".667" = insertelement <8 x float> <float undef, float undef, float undef, float undef, float undef, float undef, float undef, float undef>, float %".434", i32 0
  %".668" = shufflevector <8 x float> %".667", <8 x float> %".667", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".669" = fmul <8 x float> %".668", %".633"
  %".670" = fsub <8 x float> %".666", %".669"
  %".671" = xor i32 %".170", 0
  %".672" = lshr i32 %".671", 16
  %".673" = xor i32 %".671", %".672"
  %".674" = mul i32 %".673", 2146121005
  %".675" = lshr i32 %".674", 15
  %".676" = xor i32 %".674", %".675"
  %".677" = mul i32 %".676", 2221713035
  %".678" = lshr i32 %".677", 16
  %".679" = xor i32 %".677", %".678"
  %".680" = trunc <8 x i64> %".632" to <8 x i32>
  %".681" = insertelement <8 x i32> <i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef, i32 undef>, i32 %".679", i32 0
  %".682" = shufflevector <8 x i32> %".681", <8 x i32> %".681", <8 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".683" = mul <8 x i32> %".680", <i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769, i32 2654435769>
  %".684" = add <8 x i32> %".682", %".683"
  %".685" = lshr <8 x i32> %".684", <i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8, i32 8>
  %".686" = uitofp <8 x i32> %".685" to <8 x float>
  %".687" = fmul <8 x float> %".686", <float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000, float 0x3e70000000000000>
  %".688" = fadd <8 x float> %".670", %".687"
  %".689" = call <8 x float> @"llvm.floor.v8f32"(<8 x float> %".688")
  %".690" = fcmp ogt <8 x float> %".689", <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>
  %".691" = select  <8 x i1> %".690", <8 x float> <float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000, float 0x40dfffc000000000>, <8 x float> %".689"
  %".692" = fcmp olt <8 x float> %".691", <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>
  %".693" = select  <8 x i1> %".692", <8 x float> <float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000, float 0xc0dfffc000000000>, <8 x float> %".691"
  %".694" = fptosi <8 x float> %".693" to <8 x i16>
  %".695" = extractelement <8 x i16> %".694", i32 0
  %".696" = extractelement <8 x i64> %".629", i32 0
  %".697" = getelementptr inbounds i16, ptr %".421", i64 %".696"
  store i16 %".695", ptr %".697", !alias.scope !10, !noalias !11
  %".699" = extractelement <8 x i16> %".694", i32 1
  %".700" = extractelement <8 x i64> %".629", i32 1
  %".701" = getelementptr inbounds i16, ptr %".421", i64 %".700"
  store i16 %".699", ptr %".701", !alias.scope !10, !noalias !11
  %".703" = extractelement <8 x i16> %".694", i32 2
  %".704" = extractelement <8 x i64> %".629", i32 2
  %".705" = getelementptr inbounds i16, ptr %".421", i64 %".704"
  store i16 %".703", ptr %".705", !alias.scope !10, !noalias !11
  %".707" = extractelement <8 x i16> %".694", i32 3
  %".708" = extractelement <8 x i64> %".629", i32 3
  %".709" = getelementptr inbounds i16, ptr %".421", i64 %".708"
  store i16 %".707", ptr %".709", !alias.scope !10, !noalias !11
  %".711" = extractelement <8 x i16> %".694", i32 4
  %".712" = extractelement <8 x i64> %".629", i32 4
  %".713" = getelementptr inbounds i16, ptr %".421", i64 %".712"
  store i16 %".711", ptr %".713", !alias.scope !10, !noalias !11
  %".715" = extractelement <8 x i16> %".694", i32 5
  %".716" = extractelement <8 x i64> %".629", i32 5
  %".717" = getelementptr inbounds i16, ptr %".421", i64 %".716"
  store i16 %".715", ptr %".717", !alias.scope !10, !noalias !11
  %".719" = extractelement <8 x i16> %".694", i32 6
  %".720" = extractelement <8 x i64> %".629", i32 6
  %".721" = getelementptr inbounds i16, ptr %".421", i64 %".720"
  store i16 %".719", ptr %".721", !alias.scope !10, !noalias !11
  %".723" = extractelement <8 x i16> %".694", i32 7
  %".724" = extractelement <8 x i64> %".629", i32 7
  %".725" = getelementptr inbounds i16, ptr %".421", i64 %".724"
  store i16 %".723", ptr %".725", !alias.scope !10, !noalias !11
  %".727" = add i64 %"spv.1", 1
  br label %"spv.head.1"
spv.done.1:
  %".729" = mul i64 %".619", 8
  %".730" = add i64 %".617", %".729"
  br label %"op.head"
op.head:
  %"op" = phi  i64 [%".730", %"spv.done.1"], [%".769", %"op.body"]
  %".732" = icmp slt i64 %"op", %".440"
  br i1 %".732", label %"op.body", label %"op.done"
op.body:
  %".734" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".735" = load i32, ptr %".734", !alias.scope !8, !noalias !9
  %".736" = sext i32 %".735" to i64
  %".737" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"op"
  %".738" = load i8, ptr %".737", !alias.scope !8, !noalias !9
  %".739" = sitofp i8 %".738" to float
  %".740" = add i64 %".435", %".736"
  %".741" = getelementptr inbounds i16, ptr %".421", i64 %".736"
  %".742" = load i16, ptr %".741", !alias.scope !10, !noalias !11
  %".743" = sitofp i16 %".742" to float
  %".744" = fmul float %".434", %".739"
  %".745" = fsub float %".743", %".744"
  %".746" = xor i32 %".170", 0
  %".747" = lshr i32 %".746", 16
  %".748" = xor i32 %".746", %".747"
  %".749" = mul i32 %".748", 2146121005
  %".750" = lshr i32 %".749", 15
  %".751" = xor i32 %".749", %".750"
  %".752" = mul i32 %".751", 2221713035
  %".753" = lshr i32 %".752", 16
  %".754" = xor i32 %".752", %".753"
  %".755" = trunc i64 %".740" to i32
  %".756" = mul i32 %".755", 2654435769
  %".757" = add i32 %".754", %".756"
  %".758" = lshr i32 %".757", 8
  %".759" = uitofp i32 %".758" to float
  %".760" = fmul float %".759", 0x3e70000000000000
  %".761" = fadd float %".745", %".760"
  %".762" = call float @"llvm.floor.f32"(float %".761")
  %".763" = fcmp ogt float %".762", 0x40dfffc000000000
  %".764" = select  i1 %".763", float 0x40dfffc000000000, float %".762"
  %".765" = fcmp olt float %".764", 0xc0dfffc000000000
  %".766" = select  i1 %".765", float 0xc0dfffc000000000, float %".764"
  %".767" = fptosi float %".766" to i16
  store i16 %".767", ptr %".741", !alias.scope !10, !noalias !11
  %".769" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".771" = add i64 %"outer", 1
  br label %"outer.head"
rows.head:
  %"rows" = phi  i64 [0, %"outer.done"], [%".904", %"rows.body"]
  %".777" = icmp slt i64 %"rows", 32
  br i1 %".777", label %"rows.body", label %"rows.done"
rows.body:
  %".779" = getelementptr inbounds float, float* %"t25", i64 %"rows"
  %".780" = load float, float* %".779"
  %".781" = getelementptr inbounds float, float* %"t3", i64 %"rows"
  %".782" = load float, float* %".781"
  %".783" = getelementptr inbounds i16, ptr %".173", i64 %"rows"
  %".784" = load i16, ptr %".783", !alias.scope !14, !noalias !15
  %".785" = sitofp i16 %".784" to float
  %".786" = fmul float %".785", 0x3f30000000000000
  %".787" = fadd float %".782", %".786"
  %".788" = call float @"sgdc_ge_f32"(float %".787", float              0x0)
  %".789" = fmul float %".780", %".788"
  %".790" = getelementptr inbounds i16, ptr %".172", i64 %"rows"
  %".791" = load i16, ptr %".790", !alias.scope !16, !noalias !17
  %".792" = sitofp i16 %".791" to float
  %".793" = fmul float %".792", 0x3f30000000000000
  %".794" = fmul float %".319", %".793"
  %".795" = getelementptr inbounds float, float* %"t7", i64 %"rows"
  %".796" = load float, float* %".795"
  %".797" = getelementptr inbounds i16, ptr %".174", i64 %"rows"
  %".798" = load i16, ptr %".797", !alias.scope !18, !noalias !19
  %".799" = sitofp i16 %".798" to float
  %".800" = fmul float %".799", 0x3f30000000000000
  %".801" = fadd float %".796", %".800"
  %".802" = call float @"sgdc_ge_f32"(float %".801", float              0x0)
  %".803" = fmul float %".794", %".802"
  %".804" = getelementptr inbounds float, float* %"t7", i64 %"rows"
  %".805" = load float, float* %".804"
  %".806" = getelementptr inbounds i16, ptr %".174", i64 %"rows"
  %".807" = load i16, ptr %".806", !alias.scope !18, !noalias !19
  %".808" = sitofp i16 %".807" to float
  %".809" = fmul float %".808", 0x3f30000000000000
  %".810" = fadd float %".805", %".809"
  %".811" = fcmp ogt float %".810",              0x0
  %".812" = select  i1 %".811", float %".810", float              0x0
  %".813" = fmul float %".319", %".812"
  %".814" = getelementptr inbounds i16, ptr %".173", i64 %"rows"
  %".815" = load i16, ptr %".814", !alias.scope !14, !noalias !15
  %".816" = sitofp i16 %".815" to float
  %".817" = fmul float %".789", %".773"
  %".818" = fsub float %".816", %".817"
  %".819" = xor i32 %".170", 2654435769
  %".820" = lshr i32 %".819", 16
  %".821" = xor i32 %".819", %".820"
  %".822" = mul i32 %".821", 2146121005
  %".823" = lshr i32 %".822", 15
  %".824" = xor i32 %".822", %".823"
  %".825" = mul i32 %".824", 2221713035
  %".826" = lshr i32 %".825", 16
  %".827" = xor i32 %".825", %".826"
  %".828" = trunc i64 %"rows" to i32
  %".829" = mul i32 %".828", 2654435769
  %".830" = add i32 %".827", %".829"
  %".831" = lshr i32 %".830", 8
  %".832" = uitofp i32 %".831" to float
  %".833" = fmul float %".832", 0x3e70000000000000
  %".834" = fadd float %".818", %".833"
  %".835" = call float @"llvm.floor.f32"(float %".834")
  %".836" = fcmp ogt float %".835", 0x40dfffc000000000
  %".837" = select  i1 %".836", float 0x40dfffc000000000, float %".835"
  %".838" = fcmp olt float %".837", 0xc0dfffc000000000
  %".839" = select  i1 %".838", float 0xc0dfffc000000000, float %".837"
  %".840" = fcmp uno float %".839", %".839"
  %".841" = select  i1 %".840", float              0x0, float %".839"
  %".842" = fptosi float %".841" to i16
  store i16 %".842", ptr %".814", !alias.scope !14, !noalias !15
  %".844" = getelementptr inbounds i16, ptr %".174", i64 %"rows"
  %".845" = load i16, ptr %".844", !alias.scope !18, !noalias !19
  %".846" = sitofp i16 %".845" to float
  %".847" = fmul float %".803", %".774"
  %".848" = fsub float %".846", %".847"
  %".849" = xor i32 %".170", 3668340011
  %".850" = lshr i32 %".849", 16
  %".851" = xor i32 %".849", %".850"
  %".852" = mul i32 %".851", 2146121005
  %".853" = lshr i32 %".852", 15
  %".854" = xor i32 %".852", %".853"
  %".855" = mul i32 %".854", 2221713035
  %".856" = lshr i32 %".855", 16
  %".857" = xor i32 %".855", %".856"
  %".858" = trunc i64 %"rows" to i32
  %".859" = mul i32 %".858", 2654435769
  %".860" = add i32 %".857", %".859"
  %".861" = lshr i32 %".860", 8
  %".862" = uitofp i32 %".861" to float
  %".863" = fmul float %".862", 0x3e70000000000000
  %".864" = fadd float %".848", %".863"
  %".865" = call float @"llvm.floor.f32"(float %".864")
  %".866" = fcmp ogt float %".865", 0x40dfffc000000000
  %".867" = select  i1 %".866", float 0x40dfffc000000000, float %".865"
  %".868" = fcmp olt float %".867", 0xc0dfffc000000000
  %".869" = select  i1 %".868", float 0xc0dfffc000000000, float %".867"
  %".870" = fcmp uno float %".869", %".869"
  %".871" = select  i1 %".870", float              0x0, float %".869"
  %".872" = fptosi float %".871" to i16
  store i16 %".872", ptr %".844", !alias.scope !18, !noalias !19
  %".874" = getelementptr inbounds i16, ptr %".172", i64 %"rows"
  %".875" = load i16, ptr %".874", !alias.scope !16, !noalias !17
  %".876" = sitofp i16 %".875" to float
  %".877" = fmul float %".813", %".775"
  %".878" = fsub float %".876", %".877"
  %".879" = xor i32 %".170", 2027808484
  %".880" = lshr i32 %".879", 16
  %".881" = xor i32 %".879", %".880"
  %".882" = mul i32 %".881", 2146121005
  %".883" = lshr i32 %".882", 15
  %".884" = xor i32 %".882", %".883"
  %".885" = mul i32 %".884", 2221713035
  %".886" = lshr i32 %".885", 16
  %".887" = xor i32 %".885", %".886"
  %".888" = trunc i64 %"rows" to i32
  %".889" = mul i32 %".888", 2654435769
  %".890" = add i32 %".887", %".889"
  %".891" = lshr i32 %".890", 8
  %".892" = uitofp i32 %".891" to float
  %".893" = fmul float %".892", 0x3e70000000000000
  %".894" = fadd float %".878", %".893"
  %".895" = call float @"llvm.floor.f32"(float %".894")
  %".896" = fcmp ogt float %".895", 0x40dfffc000000000
  %".897" = select  i1 %".896", float 0x40dfffc000000000, float %".895"
  %".898" = fcmp olt float %".897", 0xc0dfffc000000000
  %".899" = select  i1 %".898", float 0xc0dfffc000000000, float %".897"
  %".900" = fcmp uno float %".899", %".899"
  %".901" = select  i1 %".900", float              0x0, float %".899"
  %".902" = fptosi float %".901" to i16
  store i16 %".902", ptr %".874", !alias.scope !16, !noalias !17
  %".904" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br label %"dense.head"
dense.head:
  %"dense" = phi  i64 [0, %"rows.done"], [%".955", %"dn.done"]
  %".907" = icmp slt i64 %"dense", 32
  br i1 %".907", label %"dense.body", label %"dense.done"
dense.body:
  %".909" = mul i64 %"dense", 32
  %".910" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %".909"
  %".911" = getelementptr inbounds float, float* %"t24.m", i64 %"dense"
  %".912" = load float, float* %".911"
  br label %"dn.head"
dense.done:
  %".957" = getelementptr inbounds float, ptr %".175", i64 0
  %".958" = load float, ptr %".957", !alias.scope !20, !noalias !21
  %".959" = fmul float 0x3f947ae140000000, %".319"
  %".960" = fsub float %".958", %".959"
  %".961" = getelementptr inbounds float, ptr %".175", i64 0
  store float %".960", ptr %".961", !alias.scope !20, !noalias !21
  br i1 %".17", label %"dense.done.if", label %"dense.done.endif"
dn.head:
  %"dn" = phi  i64 [0, %"dense.body"], [%".953", %"dn.body"]
  %".914" = icmp slt i64 %"dn", 32
  br i1 %".914", label %"dn.body", label %"dn.done"
dn.body:
  %".916" = getelementptr inbounds float, float* %"t6.m", i64 %"dn"
  %".917" = load float, float* %".916"
  %".918" = fmul float %".912", %".917"
  %".919" = mul i64 %"dense", 32
  %".920" = add i64 %".919", %"dn"
  %".921" = getelementptr inbounds i16, ptr %".910", i64 %"dn"
  %".922" = load i16, ptr %".921", !alias.scope !12, !noalias !13
  %".923" = sitofp i16 %".922" to float
  %".924" = fmul float %".923", 0x3f30000000000000
  %".925" = fmul float 0x3f947ae140000000, %".918"
  %".926" = fmul float %".925", 0x40b0000000000000
  %".927" = fsub float %".923", %".926"
  %".928" = xor i32 %".170", 1013904242
  %".929" = lshr i32 %".928", 16
  %".930" = xor i32 %".928", %".929"
  %".931" = mul i32 %".930", 2146121005
  %".932" = lshr i32 %".931", 15
  %".933" = xor i32 %".931", %".932"
  %".934" = mul i32 %".933", 2221713035
  %".935" = lshr i32 %".934", 16
  %".936" = xor i32 %".934", %".935"
  %".937" = trunc i64 %".920" to i32
  %".938" = mul i32 %".937", 2654435769
  %".939" = add i32 %".936", %".938"
  %".940" = lshr i32 %".939", 8
  %".941" = uitofp i32 %".940" to float
  %".942" = fmul float %".941", 0x3e70000000000000
  %".943" = fadd float %".927", %".942"
  %".944" = call float @"llvm.floor.f32"(float %".943")
  %".945" = fcmp ogt float %".944", 0x40dfffc000000000
  %".946" = select  i1 %".945", float 0x40dfffc000000000, float %".944"
  %".947" = fcmp olt float %".946", 0xc0dfffc000000000
  %".948" = select  i1 %".947", float 0xc0dfffc000000000, float %".946"
  %".949" = fcmp uno float %".948", %".948"
  %".950" = select  i1 %".949", float              0x0, float %".948"
  %".951" = fptosi float %".950" to i16
  store i16 %".951", ptr %".921", !alias.scope !12, !noalias !13
  %".953" = add i64 %"dn", 1
  br label %"dn.head"
dn.done:
  %".955" = add i64 %"dense", 1
  br label %"dense.head"
dense.done.if:
  %".964" = load i64, i64* %"push.left"
  %".965" = sub i64 %".964", 1
  store i64 %".965", i64* %"push.left"
  %".967" = icmp sle i64 %".965", 0
  br i1 %".967", label %"dense.done.if.if", label %"dense.done.if.endif"
dense.done.endif:
  %".1201" = add i64 %"ex", 1
  br label %"ex.head"
dense.done.if.if:
  %".969" = mul i64 1, 32
  br label %"cp.head.5"
dense.done.if.endif:
  br label %"dense.done.endif"
cp.head.5:
  %"cp.5" = phi  i64 [0, %"dense.done.if.if"], [%".1020", %"cas.done"]
  %".971" = icmp slt i64 %"cp.5", %".969"
  br i1 %".971", label %"cp.body.5", label %"cp.done.5"
cp.body.5:
  %".973" = getelementptr inbounds i16, ptr %"param.b1.p", i64 %"cp.5"
  %".974" = getelementptr inbounds i16, ptr %"base.b1.p", i64 %"cp.5"
  %".975" = getelementptr inbounds i16, ptr %"master.b1.p", i64 %"cp.5"
  %".976" = load i16, ptr %".973"
  %".977" = load i16, ptr %".974"
  %".978" = sext i16 %".976" to i32
  %".979" = sext i16 %".977" to i32
  %".980" = sub i32 %".978", %".979"
  %".981" = sitofp i32 %".980" to float
  %".982" = fmul float %".981", %".16"
  %".983" = trunc i64 %"ex" to i32
  %".984" = mul i32 %".983", 2654435769
  %".985" = trunc i64 %"cp.5" to i32
  %".986" = mul i32 %".985", 2246822507
  %".987" = xor i32 %".984", %".986"
  %".988" = lshr i32 %".987", 16
  %".989" = xor i32 %".987", %".988"
  %".990" = mul i32 %".989", 2146121005
  %".991" = lshr i32 %".990", 15
  %".992" = xor i32 %".990", %".991"
  %".993" = mul i32 %".992", 2221713035
  %".994" = lshr i32 %".993", 16
  %".995" = xor i32 %".993", %".994"
  %".996" = lshr i32 %".995", 8
  %".997" = uitofp i32 %".996" to float
  %".998" = fmul float %".997", 0x3e70000000000000
  %".999" = fadd float %".982", %".998"
  %".1000" = call float @"llvm.floor.f32"(float %".999")
  %".1001" = fptosi float %".1000" to i32
  %".1002" = load atomic i16, ptr %".975" monotonic, align 2
  br label %"cas.head"
cp.done.5:
  %".1022" = mul i64 1, 32
  %".1023" = mul i64 %".1022", 32
  br label %"cp.head.6"
cas.head:
  %".1004" = phi  i16 [%".1002", %"cp.body.5"], [%".1015", %"cas.again"]
  %".1005" = sext i16 %".1004" to i32
  %".1006" = add i32 %".1005", %".1001"
  %".1007" = icmp sgt i32 %".1006", 32767
  %".1008" = select  i1 %".1007", i32 32767, i32 %".1006"
  %".1009" = icmp slt i32 %".1008", -32767
  %".1010" = select  i1 %".1009", i32 -32767, i32 %".1008"
  %".1011" = trunc i32 %".1010" to i16
  %".1012" = cmpxchg ptr %".975", i16 %".1004", i16 %".1011" monotonic monotonic
  %".1013" = extractvalue {i16, i1} %".1012", 1
  br i1 %".1013", label %"cas.done", label %"cas.again"
cas.again:
  %".1015" = extractvalue {i16, i1} %".1012", 0
  br label %"cas.head"
cas.done:
  %".1017" = load atomic i16, ptr %".975" monotonic, align 2
  store i16 %".1017", ptr %".973"
  store i16 %".1017", ptr %".974"
  %".1020" = add i64 %"cp.5", 1
  br label %"cp.head.5"
cp.head.6:
  %"cp.6" = phi  i64 [0, %"cp.done.5"], [%".1074", %"cas.done.1"]
  %".1025" = icmp slt i64 %"cp.6", %".1023"
  br i1 %".1025", label %"cp.body.6", label %"cp.done.6"
cp.body.6:
  %".1027" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %"cp.6"
  %".1028" = getelementptr inbounds i16, ptr %"base.W2.p", i64 %"cp.6"
  %".1029" = getelementptr inbounds i16, ptr %"master.W2.p", i64 %"cp.6"
  %".1030" = load i16, ptr %".1027"
  %".1031" = load i16, ptr %".1028"
  %".1032" = sext i16 %".1030" to i32
  %".1033" = sext i16 %".1031" to i32
  %".1034" = sub i32 %".1032", %".1033"
  %".1035" = sitofp i32 %".1034" to float
  %".1036" = fmul float %".1035", %".16"
  %".1037" = trunc i64 %"ex" to i32
  %".1038" = mul i32 %".1037", 2654435769
  %".1039" = trunc i64 %"cp.6" to i32
  %".1040" = mul i32 %".1039", 2246822507
  %".1041" = xor i32 %".1038", %".1040"
  %".1042" = lshr i32 %".1041", 16
  %".1043" = xor i32 %".1041", %".1042"
  %".1044" = mul i32 %".1043", 2146121005
  %".1045" = lshr i32 %".1044", 15
  %".1046" = xor i32 %".1044", %".1045"
  %".1047" = mul i32 %".1046", 2221713035
  %".1048" = lshr i32 %".1047", 16
  %".1049" = xor i32 %".1047", %".1048"
  %".1050" = lshr i32 %".1049", 8
  %".1051" = uitofp i32 %".1050" to float
  %".1052" = fmul float %".1051", 0x3e70000000000000
  %".1053" = fadd float %".1036", %".1052"
  %".1054" = call float @"llvm.floor.f32"(float %".1053")
  %".1055" = fptosi float %".1054" to i32
  %".1056" = load atomic i16, ptr %".1029" monotonic, align 2
  br label %"cas.head.1"
cp.done.6:
  %".1076" = mul i64 1, 32
  br label %"cp.head.7"
cas.head.1:
  %".1058" = phi  i16 [%".1056", %"cp.body.6"], [%".1069", %"cas.again.1"]
  %".1059" = sext i16 %".1058" to i32
  %".1060" = add i32 %".1059", %".1055"
  %".1061" = icmp sgt i32 %".1060", 32767
  %".1062" = select  i1 %".1061", i32 32767, i32 %".1060"
  %".1063" = icmp slt i32 %".1062", -32767
  %".1064" = select  i1 %".1063", i32 -32767, i32 %".1062"
  %".1065" = trunc i32 %".1064" to i16
  %".1066" = cmpxchg ptr %".1029", i16 %".1058", i16 %".1065" monotonic monotonic
  %".1067" = extractvalue {i16, i1} %".1066", 1
  br i1 %".1067", label %"cas.done.1", label %"cas.again.1"
cas.again.1:
  %".1069" = extractvalue {i16, i1} %".1066", 0
  br label %"cas.head.1"
cas.done.1:
  %".1071" = load atomic i16, ptr %".1029" monotonic, align 2
  store i16 %".1071", ptr %".1027"
  store i16 %".1071", ptr %".1028"
  %".1074" = add i64 %"cp.6", 1
  br label %"cp.head.6"
cp.head.7:
  %"cp.7" = phi  i64 [0, %"cp.done.6"], [%".1127", %"cas.done.2"]
  %".1078" = icmp slt i64 %"cp.7", %".1076"
  br i1 %".1078", label %"cp.body.7", label %"cp.done.7"
cp.body.7:
  %".1080" = getelementptr inbounds i16, ptr %"param.b2.p", i64 %"cp.7"
  %".1081" = getelementptr inbounds i16, ptr %"base.b2.p", i64 %"cp.7"
  %".1082" = getelementptr inbounds i16, ptr %"master.b2.p", i64 %"cp.7"
  %".1083" = load i16, ptr %".1080"
  %".1084" = load i16, ptr %".1081"
  %".1085" = sext i16 %".1083" to i32
  %".1086" = sext i16 %".1084" to i32
  %".1087" = sub i32 %".1085", %".1086"
  %".1088" = sitofp i32 %".1087" to float
  %".1089" = fmul float %".1088", %".16"
  %".1090" = trunc i64 %"ex" to i32
  %".1091" = mul i32 %".1090", 2654435769
  %".1092" = trunc i64 %"cp.7" to i32
  %".1093" = mul i32 %".1092", 2246822507
  %".1094" = xor i32 %".1091", %".1093"
  %".1095" = lshr i32 %".1094", 16
  %".1096" = xor i32 %".1094", %".1095"
  %".1097" = mul i32 %".1096", 2146121005
  %".1098" = lshr i32 %".1097", 15
  %".1099" = xor i32 %".1097", %".1098"
  %".1100" = mul i32 %".1099", 2221713035
  %".1101" = lshr i32 %".1100", 16
  %".1102" = xor i32 %".1100", %".1101"
  %".1103" = lshr i32 %".1102", 8
  %".1104" = uitofp i32 %".1103" to float
  %".1105" = fmul float %".1104", 0x3e70000000000000
  %".1106" = fadd float %".1089", %".1105"
  %".1107" = call float @"llvm.floor.f32"(float %".1106")
  %".1108" = fptosi float %".1107" to i32
  %".1109" = load atomic i16, ptr %".1082" monotonic, align 2
  br label %"cas.head.2"
cp.done.7:
  %".1129" = mul i64 1, 32
  br label %"cp.head.8"
cas.head.2:
  %".1111" = phi  i16 [%".1109", %"cp.body.7"], [%".1122", %"cas.again.2"]
  %".1112" = sext i16 %".1111" to i32
  %".1113" = add i32 %".1112", %".1108"
  %".1114" = icmp sgt i32 %".1113", 32767
  %".1115" = select  i1 %".1114", i32 32767, i32 %".1113"
  %".1116" = icmp slt i32 %".1115", -32767
  %".1117" = select  i1 %".1116", i32 -32767, i32 %".1115"
  %".1118" = trunc i32 %".1117" to i16
  %".1119" = cmpxchg ptr %".1082", i16 %".1111", i16 %".1118" monotonic monotonic
  %".1120" = extractvalue {i16, i1} %".1119", 1
  br i1 %".1120", label %"cas.done.2", label %"cas.again.2"
cas.again.2:
  %".1122" = extractvalue {i16, i1} %".1119", 0
  br label %"cas.head.2"
cas.done.2:
  %".1124" = load atomic i16, ptr %".1082" monotonic, align 2
  store i16 %".1124", ptr %".1080"
  store i16 %".1124", ptr %".1081"
  %".1127" = add i64 %"cp.7", 1
  br label %"cp.head.7"
cp.head.8:
  %"cp.8" = phi  i64 [0, %"cp.done.7"], [%".1180", %"cas.done.3"]
  %".1131" = icmp slt i64 %"cp.8", %".1129"
  br i1 %".1131", label %"cp.body.8", label %"cp.done.8"
cp.body.8:
  %".1133" = getelementptr inbounds i16, ptr %"param.v.p", i64 %"cp.8"
  %".1134" = getelementptr inbounds i16, ptr %"base.v.p", i64 %"cp.8"
  %".1135" = getelementptr inbounds i16, ptr %"master.v.p", i64 %"cp.8"
  %".1136" = load i16, ptr %".1133"
  %".1137" = load i16, ptr %".1134"
  %".1138" = sext i16 %".1136" to i32
  %".1139" = sext i16 %".1137" to i32
  %".1140" = sub i32 %".1138", %".1139"
  %".1141" = sitofp i32 %".1140" to float
  %".1142" = fmul float %".1141", %".16"
  %".1143" = trunc i64 %"ex" to i32
  %".1144" = mul i32 %".1143", 2654435769
  %".1145" = trunc i64 %"cp.8" to i32
  %".1146" = mul i32 %".1145", 2246822507
  %".1147" = xor i32 %".1144", %".1146"
  %".1148" = lshr i32 %".1147", 16
  %".1149" = xor i32 %".1147", %".1148"
  %".1150" = mul i32 %".1149", 2146121005
  %".1151" = lshr i32 %".1150", 15
  %".1152" = xor i32 %".1150", %".1151"
  %".1153" = mul i32 %".1152", 2221713035
  %".1154" = lshr i32 %".1153", 16
  %".1155" = xor i32 %".1153", %".1154"
  %".1156" = lshr i32 %".1155", 8
  %".1157" = uitofp i32 %".1156" to float
  %".1158" = fmul float %".1157", 0x3e70000000000000
  %".1159" = fadd float %".1142", %".1158"
  %".1160" = call float @"llvm.floor.f32"(float %".1159")
  %".1161" = fptosi float %".1160" to i32
  %".1162" = load atomic i16, ptr %".1135" monotonic, align 2
  br label %"cas.head.3"
cp.done.8:
  br label %"cp.head.9"
cas.head.3:
  %".1164" = phi  i16 [%".1162", %"cp.body.8"], [%".1175", %"cas.again.3"]
  %".1165" = sext i16 %".1164" to i32
  %".1166" = add i32 %".1165", %".1161"
  %".1167" = icmp sgt i32 %".1166", 32767
  %".1168" = select  i1 %".1167", i32 32767, i32 %".1166"
  %".1169" = icmp slt i32 %".1168", -32767
  %".1170" = select  i1 %".1169", i32 -32767, i32 %".1168"
  %".1171" = trunc i32 %".1170" to i16
  %".1172" = cmpxchg ptr %".1135", i16 %".1164", i16 %".1171" monotonic monotonic
  %".1173" = extractvalue {i16, i1} %".1172", 1
  br i1 %".1173", label %"cas.done.3", label %"cas.again.3"
cas.again.3:
  %".1175" = extractvalue {i16, i1} %".1172", 0
  br label %"cas.head.3"
cas.done.3:
  %".1177" = load atomic i16, ptr %".1135" monotonic, align 2
  store i16 %".1177", ptr %".1133"
  store i16 %".1177", ptr %".1134"
  %".1180" = add i64 %"cp.8", 1
  br label %"cp.head.8"
cp.head.9:
  %"cp.9" = phi  i64 [0, %"cp.done.8"], [%".1196", %"cp.body.9"]
  %".1183" = icmp slt i64 %"cp.9", 1
  br i1 %".1183", label %"cp.body.9", label %"cp.done.9"
cp.body.9:
  %".1185" = getelementptr inbounds float, ptr %"param.c.p", i64 %"cp.9"
  %".1186" = getelementptr inbounds float, ptr %"base.c.p", i64 %"cp.9"
  %".1187" = getelementptr inbounds float, ptr %"master.c.p", i64 %"cp.9"
  %".1188" = load float, ptr %".1185"
  %".1189" = load float, ptr %".1186"
  %".1190" = fsub float %".1188", %".1189"
  %".1191" = fmul float %".1190", %".16"
  %".1192" = atomicrmw fadd ptr %".1187", float %".1191" monotonic
  %".1193" = load atomic float, ptr %".1187" monotonic, align 4
  store float %".1193", ptr %".1185"
  store float %".1193", ptr %".1186"
  %".1196" = add i64 %"cp.9", 1
  br label %"cp.head.9"
cp.done.9:
  store i64 %"push.", i64* %"push.left"
  br label %"dense.done.if.endif"
ex.done.if:
  %".1204" = mul i64 1, 32
  br label %"cp.head.10"
ex.done.endif:
  %".1434" = load double, double* %"loss.acc"
  store double %".1434", ptr %"out"
  %".1436" = load i32, i32* %"rng.state"
  store i32 %".1436", ptr %"rng..p"
  ret void
cp.head.10:
  %"cp.10" = phi  i64 [0, %"ex.done.if"], [%".1255", %"cas.done.4"]
  %".1206" = icmp slt i64 %"cp.10", %".1204"
  br i1 %".1206", label %"cp.body.10", label %"cp.done.10"
cp.body.10:
  %".1208" = getelementptr inbounds i16, ptr %"param.b1.p", i64 %"cp.10"
  %".1209" = getelementptr inbounds i16, ptr %"base.b1.p", i64 %"cp.10"
  %".1210" = getelementptr inbounds i16, ptr %"master.b1.p", i64 %"cp.10"
  %".1211" = load i16, ptr %".1208"
  %".1212" = load i16, ptr %".1209"
  %".1213" = sext i16 %".1211" to i32
  %".1214" = sext i16 %".1212" to i32
  %".1215" = sub i32 %".1213", %".1214"
  %".1216" = sitofp i32 %".1215" to float
  %".1217" = fmul float %".1216", %".16"
  %".1218" = trunc i64 %"end" to i32
  %".1219" = mul i32 %".1218", 2654435769
  %".1220" = trunc i64 %"cp.10" to i32
  %".1221" = mul i32 %".1220", 2246822507
  %".1222" = xor i32 %".1219", %".1221"
  %".1223" = lshr i32 %".1222", 16
  %".1224" = xor i32 %".1222", %".1223"
  %".1225" = mul i32 %".1224", 2146121005
  %".1226" = lshr i32 %".1225", 15
  %".1227" = xor i32 %".1225", %".1226"
  %".1228" = mul i32 %".1227", 2221713035
  %".1229" = lshr i32 %".1228", 16
  %".1230" = xor i32 %".1228", %".1229"
  %".1231" = lshr i32 %".1230", 8
  %".1232" = uitofp i32 %".1231" to float
  %".1233" = fmul float %".1232", 0x3e70000000000000
  %".1234" = fadd float %".1217", %".1233"
  %".1235" = call float @"llvm.floor.f32"(float %".1234")
  %".1236" = fptosi float %".1235" to i32
  %".1237" = load atomic i16, ptr %".1210" monotonic, align 2
  br label %"cas.head.4"
cp.done.10:
  %".1257" = mul i64 1, 32
  %".1258" = mul i64 %".1257", 32
  br label %"cp.head.11"
cas.head.4:
  %".1239" = phi  i16 [%".1237", %"cp.body.10"], [%".1250", %"cas.again.4"]
  %".1240" = sext i16 %".1239" to i32
  %".1241" = add i32 %".1240", %".1236"
  %".1242" = icmp sgt i32 %".1241", 32767
  %".1243" = select  i1 %".1242", i32 32767, i32 %".1241"
  %".1244" = icmp slt i32 %".1243", -32767
  %".1245" = select  i1 %".1244", i32 -32767, i32 %".1243"
  %".1246" = trunc i32 %".1245" to i16
  %".1247" = cmpxchg ptr %".1210", i16 %".1239", i16 %".1246" monotonic monotonic
  %".1248" = extractvalue {i16, i1} %".1247", 1
  br i1 %".1248", label %"cas.done.4", label %"cas.again.4"
cas.again.4:
  %".1250" = extractvalue {i16, i1} %".1247", 0
  br label %"cas.head.4"
cas.done.4:
  %".1252" = load atomic i16, ptr %".1210" monotonic, align 2
  store i16 %".1252", ptr %".1208"
  store i16 %".1252", ptr %".1209"
  %".1255" = add i64 %"cp.10", 1
  br label %"cp.head.10"
cp.head.11:
  %"cp.11" = phi  i64 [0, %"cp.done.10"], [%".1309", %"cas.done.5"]
  %".1260" = icmp slt i64 %"cp.11", %".1258"
  br i1 %".1260", label %"cp.body.11", label %"cp.done.11"
cp.body.11:
  %".1262" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %"cp.11"
  %".1263" = getelementptr inbounds i16, ptr %"base.W2.p", i64 %"cp.11"
  %".1264" = getelementptr inbounds i16, ptr %"master.W2.p", i64 %"cp.11"
  %".1265" = load i16, ptr %".1262"
  %".1266" = load i16, ptr %".1263"
  %".1267" = sext i16 %".1265" to i32
  %".1268" = sext i16 %".1266" to i32
  %".1269" = sub i32 %".1267", %".1268"
  %".1270" = sitofp i32 %".1269" to float
  %".1271" = fmul float %".1270", %".16"
  %".1272" = trunc i64 %"end" to i32
  %".1273" = mul i32 %".1272", 2654435769
  %".1274" = trunc i64 %"cp.11" to i32
  %".1275" = mul i32 %".1274", 2246822507
  %".1276" = xor i32 %".1273", %".1275"
  %".1277" = lshr i32 %".1276", 16
  %".1278" = xor i32 %".1276", %".1277"
  %".1279" = mul i32 %".1278", 2146121005
  %".1280" = lshr i32 %".1279", 15
  %".1281" = xor i32 %".1279", %".1280"
  %".1282" = mul i32 %".1281", 2221713035
  %".1283" = lshr i32 %".1282", 16
  %".1284" = xor i32 %".1282", %".1283"
  %".1285" = lshr i32 %".1284", 8
  %".1286" = uitofp i32 %".1285" to float
  %".1287" = fmul float %".1286", 0x3e70000000000000
  %".1288" = fadd float %".1271", %".1287"
  %".1289" = call float @"llvm.floor.f32"(float %".1288")
  %".1290" = fptosi float %".1289" to i32
  %".1291" = load atomic i16, ptr %".1264" monotonic, align 2
  br label %"cas.head.5"
cp.done.11:
  %".1311" = mul i64 1, 32
  br label %"cp.head.12"
cas.head.5:
  %".1293" = phi  i16 [%".1291", %"cp.body.11"], [%".1304", %"cas.again.5"]
  %".1294" = sext i16 %".1293" to i32
  %".1295" = add i32 %".1294", %".1290"
  %".1296" = icmp sgt i32 %".1295", 32767
  %".1297" = select  i1 %".1296", i32 32767, i32 %".1295"
  %".1298" = icmp slt i32 %".1297", -32767
  %".1299" = select  i1 %".1298", i32 -32767, i32 %".1297"
  %".1300" = trunc i32 %".1299" to i16
  %".1301" = cmpxchg ptr %".1264", i16 %".1293", i16 %".1300" monotonic monotonic
  %".1302" = extractvalue {i16, i1} %".1301", 1
  br i1 %".1302", label %"cas.done.5", label %"cas.again.5"
cas.again.5:
  %".1304" = extractvalue {i16, i1} %".1301", 0
  br label %"cas.head.5"
cas.done.5:
  %".1306" = load atomic i16, ptr %".1264" monotonic, align 2
  store i16 %".1306", ptr %".1262"
  store i16 %".1306", ptr %".1263"
  %".1309" = add i64 %"cp.11", 1
  br label %"cp.head.11"
cp.head.12:
  %"cp.12" = phi  i64 [0, %"cp.done.11"], [%".1362", %"cas.done.6"]
  %".1313" = icmp slt i64 %"cp.12", %".1311"
  br i1 %".1313", label %"cp.body.12", label %"cp.done.12"
cp.body.12:
  %".1315" = getelementptr inbounds i16, ptr %"param.b2.p", i64 %"cp.12"
  %".1316" = getelementptr inbounds i16, ptr %"base.b2.p", i64 %"cp.12"
  %".1317" = getelementptr inbounds i16, ptr %"master.b2.p", i64 %"cp.12"
  %".1318" = load i16, ptr %".1315"
  %".1319" = load i16, ptr %".1316"
  %".1320" = sext i16 %".1318" to i32
  %".1321" = sext i16 %".1319" to i32
  %".1322" = sub i32 %".1320", %".1321"
  %".1323" = sitofp i32 %".1322" to float
  %".1324" = fmul float %".1323", %".16"
  %".1325" = trunc i64 %"end" to i32
  %".1326" = mul i32 %".1325", 2654435769
  %".1327" = trunc i64 %"cp.12" to i32
  %".1328" = mul i32 %".1327", 2246822507
  %".1329" = xor i32 %".1326", %".1328"
  %".1330" = lshr i32 %".1329", 16
  %".1331" = xor i32 %".1329", %".1330"
  %".1332" = mul i32 %".1331", 2146121005
  %".1333" = lshr i32 %".1332", 15
  %".1334" = xor i32 %".1332", %".1333"
  %".1335" = mul i32 %".1334", 2221713035
  %".1336" = lshr i32 %".1335", 16
  %".1337" = xor i32 %".1335", %".1336"
  %".1338" = lshr i32 %".1337", 8
  %".1339" = uitofp i32 %".1338" to float
  %".1340" = fmul float %".1339", 0x3e70000000000000
  %".1341" = fadd float %".1324", %".1340"
  %".1342" = call float @"llvm.floor.f32"(float %".1341")
  %".1343" = fptosi float %".1342" to i32
  %".1344" = load atomic i16, ptr %".1317" monotonic, align 2
  br label %"cas.head.6"
cp.done.12:
  %".1364" = mul i64 1, 32
  br label %"cp.head.13"
cas.head.6:
  %".1346" = phi  i16 [%".1344", %"cp.body.12"], [%".1357", %"cas.again.6"]
  %".1347" = sext i16 %".1346" to i32
  %".1348" = add i32 %".1347", %".1343"
  %".1349" = icmp sgt i32 %".1348", 32767
  %".1350" = select  i1 %".1349", i32 32767, i32 %".1348"
  %".1351" = icmp slt i32 %".1350", -32767
  %".1352" = select  i1 %".1351", i32 -32767, i32 %".1350"
  %".1353" = trunc i32 %".1352" to i16
  %".1354" = cmpxchg ptr %".1317", i16 %".1346", i16 %".1353" monotonic monotonic
  %".1355" = extractvalue {i16, i1} %".1354", 1
  br i1 %".1355", label %"cas.done.6", label %"cas.again.6"
cas.again.6:
  %".1357" = extractvalue {i16, i1} %".1354", 0
  br label %"cas.head.6"
cas.done.6:
  %".1359" = load atomic i16, ptr %".1317" monotonic, align 2
  store i16 %".1359", ptr %".1315"
  store i16 %".1359", ptr %".1316"
  %".1362" = add i64 %"cp.12", 1
  br label %"cp.head.12"
cp.head.13:
  %"cp.13" = phi  i64 [0, %"cp.done.12"], [%".1415", %"cas.done.7"]
  %".1366" = icmp slt i64 %"cp.13", %".1364"
  br i1 %".1366", label %"cp.body.13", label %"cp.done.13"
cp.body.13:
  %".1368" = getelementptr inbounds i16, ptr %"param.v.p", i64 %"cp.13"
  %".1369" = getelementptr inbounds i16, ptr %"base.v.p", i64 %"cp.13"
  %".1370" = getelementptr inbounds i16, ptr %"master.v.p", i64 %"cp.13"
  %".1371" = load i16, ptr %".1368"
  %".1372" = load i16, ptr %".1369"
  %".1373" = sext i16 %".1371" to i32
  %".1374" = sext i16 %".1372" to i32
  %".1375" = sub i32 %".1373", %".1374"
  %".1376" = sitofp i32 %".1375" to float
  %".1377" = fmul float %".1376", %".16"
  %".1378" = trunc i64 %"end" to i32
  %".1379" = mul i32 %".1378", 2654435769
  %".1380" = trunc i64 %"cp.13" to i32
  %".1381" = mul i32 %".1380", 2246822507
  %".1382" = xor i32 %".1379", %".1381"
  %".1383" = lshr i32 %".1382", 16
  %".1384" = xor i32 %".1382", %".1383"
  %".1385" = mul i32 %".1384", 2146121005
  %".1386" = lshr i32 %".1385", 15
  %".1387" = xor i32 %".1385", %".1386"
  %".1388" = mul i32 %".1387", 2221713035
  %".1389" = lshr i32 %".1388", 16
  %".1390" = xor i32 %".1388", %".1389"
  %".1391" = lshr i32 %".1390", 8
  %".1392" = uitofp i32 %".1391" to float
  %".1393" = fmul float %".1392", 0x3e70000000000000
  %".1394" = fadd float %".1377", %".1393"
  %".1395" = call float @"llvm.floor.f32"(float %".1394")
  %".1396" = fptosi float %".1395" to i32
  %".1397" = load atomic i16, ptr %".1370" monotonic, align 2
  br label %"cas.head.7"
cp.done.13:
  br label %"cp.head.14"
cas.head.7:
  %".1399" = phi  i16 [%".1397", %"cp.body.13"], [%".1410", %"cas.again.7"]
  %".1400" = sext i16 %".1399" to i32
  %".1401" = add i32 %".1400", %".1396"
  %".1402" = icmp sgt i32 %".1401", 32767
  %".1403" = select  i1 %".1402", i32 32767, i32 %".1401"
  %".1404" = icmp slt i32 %".1403", -32767
  %".1405" = select  i1 %".1404", i32 -32767, i32 %".1403"
  %".1406" = trunc i32 %".1405" to i16
  %".1407" = cmpxchg ptr %".1370", i16 %".1399", i16 %".1406" monotonic monotonic
  %".1408" = extractvalue {i16, i1} %".1407", 1
  br i1 %".1408", label %"cas.done.7", label %"cas.again.7"
cas.again.7:
  %".1410" = extractvalue {i16, i1} %".1407", 0
  br label %"cas.head.7"
cas.done.7:
  %".1412" = load atomic i16, ptr %".1370" monotonic, align 2
  store i16 %".1412", ptr %".1368"
  store i16 %".1412", ptr %".1369"
  %".1415" = add i64 %"cp.13", 1
  br label %"cp.head.13"
cp.head.14:
  %"cp.14" = phi  i64 [0, %"cp.done.13"], [%".1431", %"cp.body.14"]
  %".1418" = icmp slt i64 %"cp.14", 1
  br i1 %".1418", label %"cp.body.14", label %"cp.done.14"
cp.body.14:
  %".1420" = getelementptr inbounds float, ptr %"param.c.p", i64 %"cp.14"
  %".1421" = getelementptr inbounds float, ptr %"base.c.p", i64 %"cp.14"
  %".1422" = getelementptr inbounds float, ptr %"master.c.p", i64 %"cp.14"
  %".1423" = load float, ptr %".1420"
  %".1424" = load float, ptr %".1421"
  %".1425" = fsub float %".1423", %".1424"
  %".1426" = fmul float %".1425", %".16"
  %".1427" = atomicrmw fadd ptr %".1422", float %".1426" monotonic
  %".1428" = load atomic float, ptr %".1422" monotonic, align 4
  store float %".1428", ptr %".1420"
  store float %".1428", ptr %".1421"
  %".1431" = add i64 %"cp.14", 1
  br label %"cp.head.14"
cp.done.14:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_softplus_f32"(float %".1")

declare float @"sgdc_sigmoid_f32"(float %".1")

declare float @"sgdc_ge_f32"(float %".1", float %".2")

declare <16 x float> @"llvm.floor.v16f32"(<16 x float> %".1")

declare <8 x float> @"llvm.floor.v8f32"(<8 x float> %".1")

declare float @"llvm.floor.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.v" = load i64, ptr %".9"
  %"param.v.p" = inttoptr i64 %"param.v" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b1" = load i64, ptr %".11"
  %"param.b1.p" = inttoptr i64 %"param.b1" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b2" = load i64, ptr %".13"
  %"param.b2.p" = inttoptr i64 %"param.b2" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"param.c" = load i64, ptr %".15"
  %"param.c.p" = inttoptr i64 %"param.c" to ptr
  %"p1" = alloca float, i64 32
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W1" = load i64, ptr %".17"
  %"param.W1.p" = inttoptr i64 %"param.W1" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.d" = load i64, ptr %".18"
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"indptr.x" = load i64, ptr %".24"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"indices.x" = load i64, ptr %".30"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".31" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"values.x" = load i64, ptr %".31"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".32" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"scale.x" = load i64, ptr %".32"
  %".33" = trunc i64 %"scale.x" to i32
  %".34" = bitcast i32 %".33" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".97" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W2" = load i64, ptr %".97"
  %"param.W2.p" = inttoptr i64 %"param.W2" to ptr
  %"p5" = alloca float, i64 32
  %"mvd.acc" = alloca float
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".162", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.v.p", i64 0
  %".12" = getelementptr inbounds i16, ptr %"param.b1.p", i64 0
  %".14" = getelementptr inbounds i16, ptr %"param.b2.p", i64 0
  %".16" = getelementptr inbounds float, ptr %"param.c.p", i64 0
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".95", %"mv.body.endif"]
  %".20" = icmp slt i64 %"mv", 32
  br i1 %".20", label %"mv.body", label %"mv.done"
mv.body:
  %".22" = mul i64 %"mv", %"dim.d"
  %".23" = getelementptr inbounds i16, ptr %"param.W1.p", i64 %".22"
  %".25" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".26" = load i64, ptr %".25", !alias.scope !8, !noalias !9
  %".27" = add i64 %"ex", 1
  %".28" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".27"
  %".29" = load i64, ptr %".28", !alias.scope !8, !noalias !9
  %".35" = fmul float %".34", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".37" = sub i64 %".29", %".26"
  %".38" = icmp sle i64 %".37", 516
  br i1 %".38", label %"mv.body.if", label %"mv.body.else"
mv.done:
  br label %"mv.head.1"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".90" = load i64, i64* %"idot.acc"
  %".91" = sitofp i64 %".90" to float
  %".92" = fmul float %".91", %".35"
  %".93" = getelementptr inbounds float, float* %"p1", i64 %"mv"
  store float %".92", float* %".93"
  %".95" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".26", %"mv.body.if"], [%".61", %"idot32.body"]
  %".42" = icmp slt i64 %"idot32", %".29"
  br i1 %".42", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".44" = load i32, i32* %"idot.acc32"
  %".45" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".46" = load i32, ptr %".45", !alias.scope !8, !noalias !9
  %".47" = sext i32 %".46" to i64
  %".48" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".49" = load i8, ptr %".48", !alias.scope !8, !noalias !9
  %".50" = sitofp i8 %".49" to float
  %".51" = fmul float %".50", %".34"
  %".52" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".53" = load i8, ptr %".52", !alias.scope !8, !noalias !9
  %".54" = sext i8 %".53" to i32
  %".55" = getelementptr inbounds i16, ptr %".23", i64 %".47"
  %".56" = load i16, ptr %".55", !alias.scope !10, !noalias !11
  %".57" = sext i16 %".56" to i32
  %".58" = mul i32 %".54", %".57"
  %".59" = add i32 %".44", %".58"
  store i32 %".59", i32* %"idot.acc32"
  %".61" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".63" = load i32, i32* %"idot.acc32"
  %".64" = sext i32 %".63" to i64
  store i64 %".64", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".26", %"mv.body.else"], [%".87", %"idot64.body"]
  %".68" = icmp slt i64 %"idot64", %".29"
  br i1 %".68", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".70" = load i64, i64* %"idot.acc"
  %".71" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".72" = load i32, ptr %".71", !alias.scope !8, !noalias !9
  %".73" = sext i32 %".72" to i64
  %".74" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".75" = load i8, ptr %".74", !alias.scope !8, !noalias !9
  %".76" = sitofp i8 %".75" to float
  %".77" = fmul float %".76", %".34"
  %".78" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".79" = load i8, ptr %".78", !alias.scope !8, !noalias !9
  %".80" = sext i8 %".79" to i64
  %".81" = getelementptr inbounds i16, ptr %".23", i64 %".73"
  %".82" = load i16, ptr %".81", !alias.scope !10, !noalias !11
  %".83" = sext i16 %".82" to i64
  %".84" = mul i64 %".80", %".83"
  %".85" = add i64 %".70", %".84"
  store i64 %".85", i64* %"idot.acc"
  %".87" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
mv.head.1:
  %"mv.1" = phi  i64 [0, %"mv.done"], [%".129", %"mvd.done"]
  %".99" = icmp slt i64 %"mv.1", 32
  br i1 %".99", label %"mv.body.1", label %"mv.done.1"
mv.body.1:
  %".101" = mul i64 %"mv.1", 32
  %".102" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %".101"
  store float              0x0, float* %"mvd.acc"
  br label %"mvd.head"
mv.done.1:
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
mvd.head:
  %"mvd" = phi  i64 [0, %"mv.body.1"], [%".124", %"mvd.body"]
  %".105" = icmp slt i64 %"mvd", 32
  br i1 %".105", label %"mvd.body", label %"mvd.done"
mvd.body:
  %".107" = load float, float* %"mvd.acc"
  %".108" = getelementptr inbounds i16, ptr %".102", i64 %"mvd"
  %".109" = load i16, ptr %".108", !alias.scope !12, !noalias !13
  %".110" = sitofp i16 %".109" to float
  %".111" = fmul float %".110", 0x3f30000000000000
  %".112" = getelementptr inbounds float, float* %"p1", i64 %"mvd"
  %".113" = load float, float* %".112"
  %".114" = getelementptr inbounds i16, ptr %".12", i64 %"mvd"
  %".115" = load i16, ptr %".114", !alias.scope !14, !noalias !15
  %".116" = sitofp i16 %".115" to float
  %".117" = fmul float %".116", 0x3f30000000000000
  %".118" = fadd float %".113", %".117"
  %".119" = fcmp ogt float %".118",              0x0
  %".120" = select  i1 %".119", float %".118", float              0x0
  %".121" = fmul float %".111", %".120"
  %".122" = fadd float %".107", %".121"
  store float %".122", float* %"mvd.acc"
  %".124" = add i64 %"mvd", 1
  br label %"mvd.head"
mvd.done:
  %".126" = load float, float* %"mvd.acc"
  %".127" = getelementptr inbounds float, float* %"p5", i64 %"mv.1"
  store float %".126", float* %".127"
  %".129" = add i64 %"mv.1", 1
  br label %"mv.head.1"
dot.head:
  %"dot" = phi  i64 [0, %"mv.done.1"], [%".152", %"dot.body"]
  %".133" = icmp slt i64 %"dot", 32
  br i1 %".133", label %"dot.body", label %"dot.done"
dot.body:
  %".135" = load float, float* %"dot.acc"
  %".136" = getelementptr inbounds i16, ptr %".10", i64 %"dot"
  %".137" = load i16, ptr %".136", !alias.scope !16, !noalias !17
  %".138" = sitofp i16 %".137" to float
  %".139" = fmul float %".138", 0x3f30000000000000
  %".140" = getelementptr inbounds float, float* %"p5", i64 %"dot"
  %".141" = load float, float* %".140"
  %".142" = getelementptr inbounds i16, ptr %".14", i64 %"dot"
  %".143" = load i16, ptr %".142", !alias.scope !18, !noalias !19
  %".144" = sitofp i16 %".143" to float
  %".145" = fmul float %".144", 0x3f30000000000000
  %".146" = fadd float %".141", %".145"
  %".147" = fcmp ogt float %".146",              0x0
  %".148" = select  i1 %".147", float %".146", float              0x0
  %".149" = fmul float %".139", %".148"
  %".150" = fadd float %".135", %".149"
  store float %".150", float* %"dot.acc"
  %".152" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".154" = load float, float* %"dot.acc"
  %".155" = getelementptr inbounds float, ptr %".16", i64 0
  %".156" = load float, ptr %".155", !alias.scope !20, !noalias !21
  %".157" = fadd float %".154", %".156"
  %".158" = call float @"sgdc_sigmoid_f32"(float %".157")
  %".159" = fpext float %".158" to double
  %".160" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".159", ptr %".160"
  %".162" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.v" = load i64, ptr %".9"
  %"param.v.p" = inttoptr i64 %"param.v" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b1" = load i64, ptr %".11"
  %"param.b1.p" = inttoptr i64 %"param.b1" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b2" = load i64, ptr %".13"
  %"param.b2.p" = inttoptr i64 %"param.b2" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"param.c" = load i64, ptr %".15"
  %"param.c.p" = inttoptr i64 %"param.c" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"field.y" = load i64, ptr %".17"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %"t3" = alloca float, i64 32
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W1" = load i64, ptr %".21"
  %"param.W1.p" = inttoptr i64 %"param.W1" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.d" = load i64, ptr %".22"
  %".28" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"indptr.x" = load i64, ptr %".28"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".34" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"indices.x" = load i64, ptr %".34"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"values.x" = load i64, ptr %".35"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".36" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"scale.x" = load i64, ptr %".36"
  %".37" = trunc i64 %"scale.x" to i32
  %".38" = bitcast i32 %".37" to float
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".101" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W2" = load i64, ptr %".101"
  %"param.W2.p" = inttoptr i64 %"param.W2" to ptr
  %"t7" = alloca float, i64 32
  %"mvd.acc" = alloca float
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".167", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i16, ptr %"param.v.p", i64 0
  %".12" = getelementptr inbounds i16, ptr %"param.b1.p", i64 0
  %".14" = getelementptr inbounds i16, ptr %"param.b2.p", i64 0
  %".16" = getelementptr inbounds float, ptr %"param.c.p", i64 0
  %".18" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".19" = load float, ptr %".18", !alias.scope !8, !noalias !9
  %".20" = fneg float %".19"
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".99", %"mv.body.endif"]
  %".24" = icmp slt i64 %"mv", 32
  br i1 %".24", label %"mv.body", label %"mv.done"
mv.body:
  %".26" = mul i64 %"mv", %"dim.d"
  %".27" = getelementptr inbounds i16, ptr %"param.W1.p", i64 %".26"
  %".29" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".30" = load i64, ptr %".29", !alias.scope !8, !noalias !9
  %".31" = add i64 %"ex", 1
  %".32" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".31"
  %".33" = load i64, ptr %".32", !alias.scope !8, !noalias !9
  %".39" = fmul float %".38", 0x3f30000000000000
  store i64 0, i64* %"idot.acc"
  %".41" = sub i64 %".33", %".30"
  %".42" = icmp sle i64 %".41", 516
  br i1 %".42", label %"mv.body.if", label %"mv.body.else"
mv.done:
  br label %"mv.head.1"
mv.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
mv.body.else:
  br label %"idot64.head"
mv.body.endif:
  %".94" = load i64, i64* %"idot.acc"
  %".95" = sitofp i64 %".94" to float
  %".96" = fmul float %".95", %".39"
  %".97" = getelementptr inbounds float, float* %"t3", i64 %"mv"
  store float %".96", float* %".97"
  %".99" = add i64 %"mv", 1
  br label %"mv.head"
idot32.head:
  %"idot32" = phi  i64 [%".30", %"mv.body.if"], [%".65", %"idot32.body"]
  %".46" = icmp slt i64 %"idot32", %".33"
  br i1 %".46", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".48" = load i32, i32* %"idot.acc32"
  %".49" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot32"
  %".50" = load i32, ptr %".49", !alias.scope !8, !noalias !9
  %".51" = sext i32 %".50" to i64
  %".52" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".53" = load i8, ptr %".52", !alias.scope !8, !noalias !9
  %".54" = sitofp i8 %".53" to float
  %".55" = fmul float %".54", %".38"
  %".56" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot32"
  %".57" = load i8, ptr %".56", !alias.scope !8, !noalias !9
  %".58" = sext i8 %".57" to i32
  %".59" = getelementptr inbounds i16, ptr %".27", i64 %".51"
  %".60" = load i16, ptr %".59", !alias.scope !10, !noalias !11
  %".61" = sext i16 %".60" to i32
  %".62" = mul i32 %".58", %".61"
  %".63" = add i32 %".48", %".62"
  store i32 %".63", i32* %"idot.acc32"
  %".65" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".67" = load i32, i32* %"idot.acc32"
  %".68" = sext i32 %".67" to i64
  store i64 %".68", i64* %"idot.acc"
  br label %"mv.body.endif"
idot64.head:
  %"idot64" = phi  i64 [%".30", %"mv.body.else"], [%".91", %"idot64.body"]
  %".72" = icmp slt i64 %"idot64", %".33"
  br i1 %".72", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".74" = load i64, i64* %"idot.acc"
  %".75" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"idot64"
  %".76" = load i32, ptr %".75", !alias.scope !8, !noalias !9
  %".77" = sext i32 %".76" to i64
  %".78" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".79" = load i8, ptr %".78", !alias.scope !8, !noalias !9
  %".80" = sitofp i8 %".79" to float
  %".81" = fmul float %".80", %".38"
  %".82" = getelementptr inbounds i8, ptr %"values.x.p", i64 %"idot64"
  %".83" = load i8, ptr %".82", !alias.scope !8, !noalias !9
  %".84" = sext i8 %".83" to i64
  %".85" = getelementptr inbounds i16, ptr %".27", i64 %".77"
  %".86" = load i16, ptr %".85", !alias.scope !10, !noalias !11
  %".87" = sext i16 %".86" to i64
  %".88" = mul i64 %".84", %".87"
  %".89" = add i64 %".74", %".88"
  store i64 %".89", i64* %"idot.acc"
  %".91" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"mv.body.endif"
mv.head.1:
  %"mv.1" = phi  i64 [0, %"mv.done"], [%".133", %"mvd.done"]
  %".103" = icmp slt i64 %"mv.1", 32
  br i1 %".103", label %"mv.body.1", label %"mv.done.1"
mv.body.1:
  %".105" = mul i64 %"mv.1", 32
  %".106" = getelementptr inbounds i16, ptr %"param.W2.p", i64 %".105"
  store float              0x0, float* %"mvd.acc"
  br label %"mvd.head"
mv.done.1:
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
mvd.head:
  %"mvd" = phi  i64 [0, %"mv.body.1"], [%".128", %"mvd.body"]
  %".109" = icmp slt i64 %"mvd", 32
  br i1 %".109", label %"mvd.body", label %"mvd.done"
mvd.body:
  %".111" = load float, float* %"mvd.acc"
  %".112" = getelementptr inbounds i16, ptr %".106", i64 %"mvd"
  %".113" = load i16, ptr %".112", !alias.scope !12, !noalias !13
  %".114" = sitofp i16 %".113" to float
  %".115" = fmul float %".114", 0x3f30000000000000
  %".116" = getelementptr inbounds float, float* %"t3", i64 %"mvd"
  %".117" = load float, float* %".116"
  %".118" = getelementptr inbounds i16, ptr %".12", i64 %"mvd"
  %".119" = load i16, ptr %".118", !alias.scope !14, !noalias !15
  %".120" = sitofp i16 %".119" to float
  %".121" = fmul float %".120", 0x3f30000000000000
  %".122" = fadd float %".117", %".121"
  %".123" = fcmp ogt float %".122",              0x0
  %".124" = select  i1 %".123", float %".122", float              0x0
  %".125" = fmul float %".115", %".124"
  %".126" = fadd float %".111", %".125"
  store float %".126", float* %"mvd.acc"
  %".128" = add i64 %"mvd", 1
  br label %"mvd.head"
mvd.done:
  %".130" = load float, float* %"mvd.acc"
  %".131" = getelementptr inbounds float, float* %"t7", i64 %"mv.1"
  store float %".130", float* %".131"
  %".133" = add i64 %"mv.1", 1
  br label %"mv.head.1"
dot.head:
  %"dot" = phi  i64 [0, %"mv.done.1"], [%".156", %"dot.body"]
  %".137" = icmp slt i64 %"dot", 32
  br i1 %".137", label %"dot.body", label %"dot.done"
dot.body:
  %".139" = load float, float* %"dot.acc"
  %".140" = getelementptr inbounds i16, ptr %".10", i64 %"dot"
  %".141" = load i16, ptr %".140", !alias.scope !16, !noalias !17
  %".142" = sitofp i16 %".141" to float
  %".143" = fmul float %".142", 0x3f30000000000000
  %".144" = getelementptr inbounds float, float* %"t7", i64 %"dot"
  %".145" = load float, float* %".144"
  %".146" = getelementptr inbounds i16, ptr %".14", i64 %"dot"
  %".147" = load i16, ptr %".146", !alias.scope !18, !noalias !19
  %".148" = sitofp i16 %".147" to float
  %".149" = fmul float %".148", 0x3f30000000000000
  %".150" = fadd float %".145", %".149"
  %".151" = fcmp ogt float %".150",              0x0
  %".152" = select  i1 %".151", float %".150", float              0x0
  %".153" = fmul float %".143", %".152"
  %".154" = fadd float %".139", %".153"
  store float %".154", float* %"dot.acc"
  %".156" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".158" = load float, float* %"dot.acc"
  %".159" = getelementptr inbounds float, ptr %".16", i64 0
  %".160" = load float, ptr %".159", !alias.scope !20, !noalias !21
  %".161" = fadd float %".158", %".160"
  %".162" = fmul float %".20", %".161"
  %".163" = call float @"sgdc_softplus_f32"(float %".162")
  %".164" = fpext float %".163" to double
  %".165" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".164", ptr %".165"
  %".167" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.W1", !0 }
!3 = !{ !"sgdc.buffer.b1", !0 }
!4 = !{ !"sgdc.buffer.W2", !0 }
!5 = !{ !"sgdc.buffer.b2", !0 }
!6 = !{ !"sgdc.buffer.v", !0 }
!7 = !{ !"sgdc.buffer.c", !0 }
!8 = !{ !1 }
!9 = !{ !2, !3, !4, !5, !6, !7 }
!10 = !{ !2 }
!11 = !{ !1, !3, !4, !5, !6, !7 }
!12 = !{ !4 }
!13 = !{ !1, !2, !3, !5, !6, !7 }
!14 = !{ !3 }
!15 = !{ !1, !2, !4, !5, !6, !7 }
!16 = !{ !6 }
!17 = !{ !1, !2, !3, !4, !5, !7 }
!18 = !{ !5 }
!19 = !{ !1, !2, !3, !4, !6, !7 }
!20 = !{ !7 }
!21 = !{ !1, !2, !3, !4, !5, !6 }