; llvmlite 0.50.0
; ModuleID = "sgdc.softmax"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"epoch." = load i64, ptr %".8"
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 23
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 24
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".17"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"master.b" = load i64, ptr %".18"
  %"master.b.p" = inttoptr i64 %"master.b" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 20
  %"base.b" = load i64, ptr %".19"
  %"base.b.p" = inttoptr i64 %"base.b" to ptr
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"dim.classes" = load i64, ptr %".20"
  %".43" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".43"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.y" = load i64, ptr %".46"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".61" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".61"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".79" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".79"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".100" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"dim.d" = load i64, ptr %".100"
  %".102" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".102"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".124" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".124"
  %"t0" = alloca float, i64 %"dim.classes"
  %"dd.acc" = alloca float
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"dd.acc.1" = alloca float
  %"t12.m" = alloca float, i64 %"dim.classes"
  %".284" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W.g2" = load i64, ptr %".284"
  %"param.W.g2.p" = inttoptr i64 %"param.W.g2" to ptr
  %".327" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b.g2" = load i64, ptr %".327"
  %"param.b.g2.p" = inttoptr i64 %"param.b.g2" to ptr
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".14", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  %".21" = mul i64 1, %"dim.classes"
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".31", %"cp.body"]
  %".23" = icmp slt i64 %"cp", %".21"
  br i1 %".23", label %"cp.body", label %"cp.done"
cp.body:
  %".25" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp"
  %".26" = load atomic float, ptr %".25" monotonic, align 4
  %".27" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp"
  store float %".26", ptr %".27"
  %".29" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp"
  store float %".26", ptr %".29"
  %".31" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".375", %"rows.done.endif"]
  %".35" = icmp slt i64 %"ex", %"end"
  br i1 %".35", label %"ex.body", label %"ex.done"
ex.body:
  %".37" = add i64 %"ex", 16
  %".38" = icmp slt i64 %".37", %"end"
  %".39" = select  i1 %".38", i64 %".37", i64 %"ex"
  %".40" = getelementptr inbounds i32, ptr %"order..p", i64 %".39"
  %".41" = load i32, ptr %".40"
  %".42" = sext i32 %".41" to i64
  %".44" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".42"
  call void @"llvm.prefetch.p0"(ptr %".44", i32 0, i32 3, i32 1)
  %".47" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".42"
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
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
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
  %".80" = getelementptr inbounds float, ptr %"values.x.p", i64 %".56"
  %".81" = ptrtoint ptr %".80" to i64
  %".82" = and i64 %".81", 63
  %".83" = mul i64 %".60", 4
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
  %".97" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".54"
  %".98" = load i32, ptr %".97"
  %".99" = sext i32 %".98" to i64
  %".101" = mul i64 1, %"dim.d"
  %".103" = mul i64 %".99", %".101"
  %".104" = getelementptr inbounds float, ptr %"param.W.p", i64 %".103"
  %".105" = getelementptr i8, ptr %".104", i64 0
  call void @"llvm.prefetch.p0"(ptr %".105", i32 0, i32 3, i32 1)
  %".107" = getelementptr i8, ptr %".104", i64 64
  call void @"llvm.prefetch.p0"(ptr %".107", i32 0, i32 3, i32 1)
  %".109" = getelementptr i8, ptr %".104", i64 128
  call void @"llvm.prefetch.p0"(ptr %".109", i32 0, i32 3, i32 1)
  %".111" = getelementptr i8, ptr %".104", i64 192
  call void @"llvm.prefetch.p0"(ptr %".111", i32 0, i32 3, i32 1)
  %".113" = getelementptr i8, ptr %".104", i64 255
  call void @"llvm.prefetch.p0"(ptr %".113", i32 0, i32 3, i32 1)
  %".115" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".54"
  %".116" = load i32, ptr %".115"
  %".117" = sext i32 %".116" to i64
  %".118" = mul i64 %".117", 1
  %".119" = getelementptr inbounds float, ptr %"param.b.p", i64 %".118"
  %".120" = getelementptr i8, ptr %".119", i64 0
  call void @"llvm.prefetch.p0"(ptr %".120", i32 0, i32 3, i32 1)
  %".122" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".122", !alias.scope !6, !noalias !7
  %".123" = sext i32 %"e" to i64
  %".125" = add i64 %"t0.", %"ex"
  %".126" = sitofp i64 %".125" to float
  %".127" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".128" = mul i64 1, %"dim.d"
  %".129" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".123"
  %".130" = load i32, ptr %".129", !alias.scope !6, !noalias !7
  %".131" = sext i32 %".130" to i64
  %".132" = mul i64 %".131", %".128"
  %".133" = add i64 0, %".132"
  %".134" = getelementptr inbounds float, ptr %"param.W.p", i64 %".133"
  %".135" = mul i64 %".131", 1
  %".136" = add i64 0, %".135"
  %".137" = getelementptr inbounds float, ptr %"param.b.p", i64 %".136"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".168", %"dd.done"]
  %".139" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".139", label %"mv.body", label %"mv.done"
mv.body:
  %".141" = mul i64 %"mv", %"dim.d"
  %".142" = getelementptr inbounds float, ptr %"param.W.p", i64 %".141"
  %".143" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".123"
  %".144" = load i64, ptr %".143", !alias.scope !6, !noalias !7
  %".145" = add i64 %".123", 1
  %".146" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".145"
  %".147" = load i64, ptr %".146", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
dd.head:
  %"dd" = phi  i64 [%".144", %"mv.body"], [%".163", %"dd.body"]
  %".150" = icmp slt i64 %"dd", %".147"
  br i1 %".150", label %"dd.body", label %"dd.done"
dd.body:
  %".152" = load float, float* %"dd.acc"
  %".153" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".154" = load i32, ptr %".153", !alias.scope !6, !noalias !7
  %".155" = sext i32 %".154" to i64
  %".156" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".157" = load float, ptr %".156", !alias.scope !6, !noalias !7
  %".158" = getelementptr inbounds float, ptr %".142", i64 %".155"
  %".159" = load float, ptr %".158", !alias.scope !8, !noalias !9
  %".160" = fmul reassoc contract nsz arcp float %".159", %".157"
  %".161" = fadd reassoc contract nsz arcp float %".152", %".160"
  store float %".161", float* %"dd.acc"
  %".163" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".165" = load float, float* %"dd.acc"
  %".166" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".165", float* %".166"
  %".168" = add i64 %"mv", 1
  br label %"mv.head"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".183", %"lsemax.body"]
  %".172" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".172", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".174" = load float, float* %"lsemax.acc"
  %".175" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".176" = load float, float* %".175"
  %".177" = getelementptr inbounds float, ptr %".127", i64 %"lsemax"
  %".178" = load float, ptr %".177", !alias.scope !10, !noalias !11
  %".179" = fadd reassoc contract nsz arcp float %".176", %".178"
  %".180" = fcmp oge float %".174", %".179"
  %".181" = select  i1 %".180", float %".174", float %".179"
  store float %".181", float* %"lsemax.acc"
  %".183" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".185" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".200", %"lse.body"]
  %".188" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".188", label %"lse.body", label %"lse.done"
lse.body:
  %".190" = load float, float* %"lse.acc"
  %".191" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".192" = load float, float* %".191"
  %".193" = getelementptr inbounds float, ptr %".127", i64 %"lse"
  %".194" = load float, ptr %".193", !alias.scope !10, !noalias !11
  %".195" = fadd reassoc contract nsz arcp float %".192", %".194"
  %".196" = fsub reassoc contract nsz arcp float %".195", %".185"
  %".197" = call float @"llvm.exp.f32"(float %".196")
  %".198" = fadd reassoc contract nsz arcp float %".190", %".197"
  store float %".198", float* %"lse.acc"
  %".200" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".202" = load float, float* %"lse.acc"
  %".203" = call float @"llvm.log.f32"(float %".202")
  %".204" = fadd reassoc contract nsz arcp float %".185", %".203"
  %".205" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".123"
  %".206" = load i64, ptr %".205", !alias.scope !6, !noalias !7
  %".207" = add i64 %".123", 1
  %".208" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".207"
  %".209" = load i64, ptr %".208", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
dd.head.1:
  %"dd.1" = phi  i64 [%".206", %"lse.done"], [%".225", %"dd.body.1"]
  %".212" = icmp slt i64 %"dd.1", %".209"
  br i1 %".212", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".214" = load float, float* %"dd.acc.1"
  %".215" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".216" = load i32, ptr %".215", !alias.scope !6, !noalias !7
  %".217" = sext i32 %".216" to i64
  %".218" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".219" = load float, ptr %".218", !alias.scope !6, !noalias !7
  %".220" = getelementptr inbounds float, ptr %".134", i64 %".217"
  %".221" = load float, ptr %".220", !alias.scope !8, !noalias !9
  %".222" = fmul reassoc contract nsz arcp float %".221", %".219"
  %".223" = fadd reassoc contract nsz arcp float %".214", %".222"
  store float %".223", float* %"dd.acc.1"
  %".225" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".227" = load float, float* %"dd.acc.1"
  %".228" = getelementptr inbounds float, ptr %".137", i64 0
  %".229" = load float, ptr %".228", !alias.scope !10, !noalias !11
  %".230" = fadd reassoc contract nsz arcp float %".227", %".229"
  %".231" = fsub reassoc contract nsz arcp float %".204", %".230"
  %".232" = fpext float %".231" to double
  %".233" = load double, double* %"loss.acc"
  %".234" = fadd double %".233", %".232"
  store double %".234", double* %"loss.acc"
  br label %"mat.head"
mat.head:
  %"mat" = phi  i64 [0, %"dd.done.1"], [%".251", %"mat.body"]
  %".237" = icmp slt i64 %"mat", %"dim.classes"
  br i1 %".237", label %"mat.body", label %"mat.done"
mat.body:
  %".239" = getelementptr inbounds float, float* %"t0", i64 %"mat"
  %".240" = load float, float* %".239"
  %".241" = getelementptr inbounds float, ptr %".127", i64 %"mat"
  %".242" = load float, ptr %".241", !alias.scope !10, !noalias !11
  %".243" = fadd reassoc contract nsz arcp float %".240", %".242"
  %".244" = fsub reassoc contract nsz arcp float %".243", %".204"
  %".245" = call float @"llvm.exp.f32"(float %".244")
  %".246" = icmp eq i64 %"mat", %".131"
  %".247" = fadd reassoc contract nsz arcp float %".245", 0xbff0000000000000
  %".248" = select  i1 %".246", float %".247", float %".245"
  %".249" = getelementptr inbounds float, float* %"t12.m", i64 %"mat"
  store float %".248", float* %".249"
  %".251" = add i64 %"mat", 1
  br label %"mat.head"
mat.done:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"mat.done"], [%".306", %"op.done"]
  %".254" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".254", label %"outer.body", label %"outer.done"
outer.body:
  %".256" = mul i64 %"outer", %"dim.d"
  %".257" = getelementptr inbounds float, ptr %"param.W.p", i64 %".256"
  %".258" = getelementptr inbounds float, float* %"t12.m", i64 %"outer"
  %".259" = load float, float* %".258"
  %".260" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".123"
  %".261" = load i64, ptr %".260", !alias.scope !6, !noalias !7
  %".262" = add i64 %".123", 1
  %".263" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".262"
  %".264" = load i64, ptr %".263", !alias.scope !6, !noalias !7
  br label %"op.head"
outer.done:
  br label %"rows.head"
op.head:
  %"op" = phi  i64 [%".261", %"outer.body"], [%".304", %"op.body"]
  %".266" = icmp slt i64 %"op", %".264"
  br i1 %".266", label %"op.body", label %"op.done"
op.body:
  %".268" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".269" = load i32, ptr %".268", !alias.scope !6, !noalias !7
  %".270" = sext i32 %".269" to i64
  %".271" = getelementptr inbounds float, ptr %"values.x.p", i64 %"op"
  %".272" = load float, ptr %".271", !alias.scope !6, !noalias !7
  %".273" = fmul reassoc contract nsz arcp float %".259", %".272"
  %".274" = mul i64 %"outer", %"dim.d"
  %".275" = add i64 %".274", %".270"
  %".276" = getelementptr inbounds float, ptr %".257", i64 %".270"
  %".277" = load float, ptr %".276", !alias.scope !8, !noalias !9
  %".278" = fmul reassoc contract nsz arcp float 0x3eb0c6f7a0000000, %".277"
  %".279" = fadd reassoc contract nsz arcp float %".273", %".278"
  %".280" = ptrtoint ptr %".257" to i64
  %".281" = ptrtoint ptr %"param.W.p" to i64
  %".282" = sub i64 %".280", %".281"
  %".283" = sdiv i64 %".282", 4
  %".285" = getelementptr inbounds float, ptr %"param.W.g2.p", i64 %".283"
  %".286" = getelementptr inbounds float, ptr %".285", i64 %".270"
  %".287" = load float, ptr %".286", !alias.scope !12, !noalias !13
  %".288" = fmul reassoc contract nsz arcp float %".279", %".279"
  %".289" = fadd reassoc contract nsz arcp float %".287", %".288"
  %".290" = ptrtoint ptr %".257" to i64
  %".291" = ptrtoint ptr %"param.W.p" to i64
  %".292" = sub i64 %".290", %".291"
  %".293" = sdiv i64 %".292", 4
  %".294" = getelementptr inbounds float, ptr %"param.W.g2.p", i64 %".293"
  %".295" = getelementptr inbounds float, ptr %".294", i64 %".270"
  store float %".289", ptr %".295", !alias.scope !12, !noalias !13
  %".297" = fadd reassoc contract nsz arcp float %".289", 0x3e45798ee0000000
  %".298" = call float @"llvm.sqrt.f32"(float %".297")
  %".299" = fdiv reassoc contract nsz arcp float %".279", %".298"
  %".300" = fmul reassoc contract nsz arcp float 0x3fb99999a0000000, %".299"
  %".301" = fsub reassoc contract nsz arcp float %".277", %".300"
  %".302" = getelementptr inbounds float, ptr %".257", i64 %".270"
  store float %".301", ptr %".302", !alias.scope !8, !noalias !9
  %".304" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".306" = add i64 %"outer", 1
  br label %"outer.head"
rows.head:
  %"rows" = phi  i64 [0, %"outer.done"], [%".347", %"rows.body"]
  %".309" = icmp slt i64 %"rows", %"dim.classes"
  br i1 %".309", label %"rows.body", label %"rows.done"
rows.body:
  %".311" = getelementptr inbounds float, float* %"t0", i64 %"rows"
  %".312" = load float, float* %".311"
  %".313" = getelementptr inbounds float, ptr %".127", i64 %"rows"
  %".314" = load float, ptr %".313", !alias.scope !10, !noalias !11
  %".315" = fadd reassoc contract nsz arcp float %".312", %".314"
  %".316" = fsub reassoc contract nsz arcp float %".315", %".204"
  %".317" = call float @"llvm.exp.f32"(float %".316")
  %".318" = icmp eq i64 %"rows", %".131"
  %".319" = fadd reassoc contract nsz arcp float %".317", 0xbff0000000000000
  %".320" = select  i1 %".318", float %".319", float %".317"
  %".321" = getelementptr inbounds float, ptr %".127", i64 %"rows"
  %".322" = load float, ptr %".321", !alias.scope !10, !noalias !11
  %".323" = ptrtoint ptr %".127" to i64
  %".324" = ptrtoint ptr %"param.b.p" to i64
  %".325" = sub i64 %".323", %".324"
  %".326" = sdiv i64 %".325", 4
  %".328" = getelementptr inbounds float, ptr %"param.b.g2.p", i64 %".326"
  %".329" = getelementptr inbounds float, ptr %".328", i64 %"rows"
  %".330" = load float, ptr %".329", !alias.scope !14, !noalias !15
  %".331" = fmul reassoc contract nsz arcp float %".320", %".320"
  %".332" = fadd reassoc contract nsz arcp float %".330", %".331"
  %".333" = ptrtoint ptr %".127" to i64
  %".334" = ptrtoint ptr %"param.b.p" to i64
  %".335" = sub i64 %".333", %".334"
  %".336" = sdiv i64 %".335", 4
  %".337" = getelementptr inbounds float, ptr %"param.b.g2.p", i64 %".336"
  %".338" = getelementptr inbounds float, ptr %".337", i64 %"rows"
  store float %".332", ptr %".338", !alias.scope !14, !noalias !15
  %".340" = fadd reassoc contract nsz arcp float %".332", 0x3e45798ee0000000
  %".341" = call float @"llvm.sqrt.f32"(float %".340")
  %".342" = fdiv reassoc contract nsz arcp float %".320", %".341"
  %".343" = fmul reassoc contract nsz arcp float 0x3fb99999a0000000, %".342"
  %".344" = fsub reassoc contract nsz arcp float %".322", %".343"
  %".345" = getelementptr inbounds float, ptr %".127", i64 %"rows"
  store float %".344", ptr %".345", !alias.scope !10, !noalias !11
  %".347" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".14", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".350" = load i64, i64* %"push.left"
  %".351" = sub i64 %".350", 1
  store i64 %".351", i64* %"push.left"
  %".353" = icmp sle i64 %".351", 0
  br i1 %".353", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".375" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  %".355" = mul i64 1, %"dim.classes"
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".370", %"cp.body.1"]
  %".357" = icmp slt i64 %"cp.1", %".355"
  br i1 %".357", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".359" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".360" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".361" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".362" = load float, ptr %".359"
  %".363" = load float, ptr %".360"
  %".364" = fsub float %".362", %".363"
  %".365" = fmul reassoc contract nsz arcp float %".364", %".13"
  %".366" = atomicrmw fadd ptr %".361", float %".365" monotonic
  %".367" = load atomic float, ptr %".361" monotonic, align 4
  store float %".367", ptr %".359"
  store float %".367", ptr %".360"
  %".370" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  %".378" = mul i64 1, %"dim.classes"
  br label %"cp.head.2"
ex.done.endif:
  %".396" = load double, double* %"loss.acc"
  store double %".396", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".393", %"cp.body.2"]
  %".380" = icmp slt i64 %"cp.2", %".378"
  br i1 %".380", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".382" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".383" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".384" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".385" = load float, ptr %".382"
  %".386" = load float, ptr %".383"
  %".387" = fsub float %".385", %".386"
  %".388" = fmul reassoc contract nsz arcp float %".387", %".13"
  %".389" = atomicrmw fadd ptr %".384", float %".388" monotonic
  %".390" = load atomic float, ptr %".384" monotonic, align 4
  store float %".390", ptr %".382"
  store float %".390", ptr %".383"
  %".393" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.exp.f32"(float %".1")

declare float @"llvm.log.f32"(float %".1")

declare float @"llvm.sqrt.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".9"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"dim.classes" = load i64, ptr %".11"
  %"p0" = alloca float, i64 %"dim.classes"
  %".12" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".12"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"dim.d" = load i64, ptr %".13"
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".25"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".26"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".64", %"out.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".47", %"dd.done"]
  %".15" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".15", label %"mv.body", label %"mv.done"
mv.body:
  %".17" = mul i64 %"mv", %"dim.d"
  %".18" = getelementptr inbounds float, ptr %"param.W.p", i64 %".17"
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".21" = load i64, ptr %".20", !alias.scope !6, !noalias !7
  %".22" = add i64 %"ex", 1
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".22"
  %".24" = load i64, ptr %".23", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  %".49" = mul i64 %"ex", %"dim.classes"
  br label %"out.head"
dd.head:
  %"dd" = phi  i64 [%".21", %"mv.body"], [%".42", %"dd.body"]
  %".29" = icmp slt i64 %"dd", %".24"
  br i1 %".29", label %"dd.body", label %"dd.done"
dd.body:
  %".31" = load float, float* %"dd.acc"
  %".32" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".33" = load i32, ptr %".32", !alias.scope !6, !noalias !7
  %".34" = sext i32 %".33" to i64
  %".35" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".36" = load float, ptr %".35", !alias.scope !6, !noalias !7
  %".37" = getelementptr inbounds float, ptr %".18", i64 %".34"
  %".38" = load float, ptr %".37", !alias.scope !8, !noalias !9
  %".39" = fmul reassoc contract nsz arcp float %".38", %".36"
  %".40" = fadd reassoc contract nsz arcp float %".31", %".39"
  store float %".40", float* %"dd.acc"
  %".42" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".44" = load float, float* %"dd.acc"
  %".45" = getelementptr inbounds float, float* %"p0", i64 %"mv"
  store float %".44", float* %".45"
  %".47" = add i64 %"mv", 1
  br label %"mv.head"
out.head:
  %"out.1" = phi  i64 [0, %"mv.done"], [%".62", %"out.body"]
  %".51" = icmp slt i64 %"out.1", %"dim.classes"
  br i1 %".51", label %"out.body", label %"out.done"
out.body:
  %".53" = getelementptr inbounds float, float* %"p0", i64 %"out.1"
  %".54" = load float, float* %".53"
  %".55" = getelementptr inbounds float, ptr %".10", i64 %"out.1"
  %".56" = load float, ptr %".55", !alias.scope !10, !noalias !11
  %".57" = fadd reassoc contract nsz arcp float %".54", %".56"
  %".58" = fpext float %".57" to double
  %".59" = add i64 %".49", %"out.1"
  %".60" = getelementptr inbounds double, ptr %"out", i64 %".59"
  store double %".58", ptr %".60"
  %".62" = add i64 %"out.1", 1
  br label %"out.head"
out.done:
  %".64" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".9"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"dim.d" = load i64, ptr %".11"
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.y" = load i64, ptr %".13"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".19"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"dim.classes" = load i64, ptr %".24"
  %"t0" = alloca float, i64 %"dim.classes"
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".30"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".36" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".36"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".37" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".37"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"dd.acc.1" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".125", %"dd.done.1"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".12" = mul i64 1, %"dim.d"
  %".14" = getelementptr inbounds i32, ptr %"field.y.p", i64 %"ex"
  %".15" = load i32, ptr %".14", !alias.scope !6, !noalias !7
  %".16" = sext i32 %".15" to i64
  %".17" = mul i64 %".16", %".12"
  %".18" = add i64 0, %".17"
  %".20" = getelementptr inbounds float, ptr %"param.W.p", i64 %".18"
  %".21" = mul i64 %".16", 1
  %".22" = add i64 0, %".21"
  %".23" = getelementptr inbounds float, ptr %"param.b.p", i64 %".22"
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".58", %"dd.done"]
  %".26" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".26", label %"mv.body", label %"mv.done"
mv.body:
  %".28" = mul i64 %"mv", %"dim.d"
  %".29" = getelementptr inbounds float, ptr %"param.W.p", i64 %".28"
  %".31" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".32" = load i64, ptr %".31", !alias.scope !6, !noalias !7
  %".33" = add i64 %"ex", 1
  %".34" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".33"
  %".35" = load i64, ptr %".34", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
dd.head:
  %"dd" = phi  i64 [%".32", %"mv.body"], [%".53", %"dd.body"]
  %".40" = icmp slt i64 %"dd", %".35"
  br i1 %".40", label %"dd.body", label %"dd.done"
dd.body:
  %".42" = load float, float* %"dd.acc"
  %".43" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".44" = load i32, ptr %".43", !alias.scope !6, !noalias !7
  %".45" = sext i32 %".44" to i64
  %".46" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".47" = load float, ptr %".46", !alias.scope !6, !noalias !7
  %".48" = getelementptr inbounds float, ptr %".29", i64 %".45"
  %".49" = load float, ptr %".48", !alias.scope !8, !noalias !9
  %".50" = fmul reassoc contract nsz arcp float %".49", %".47"
  %".51" = fadd reassoc contract nsz arcp float %".42", %".50"
  store float %".51", float* %"dd.acc"
  %".53" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".55" = load float, float* %"dd.acc"
  %".56" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".55", float* %".56"
  %".58" = add i64 %"mv", 1
  br label %"mv.head"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".73", %"lsemax.body"]
  %".62" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".62", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".64" = load float, float* %"lsemax.acc"
  %".65" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".66" = load float, float* %".65"
  %".67" = getelementptr inbounds float, ptr %".10", i64 %"lsemax"
  %".68" = load float, ptr %".67", !alias.scope !10, !noalias !11
  %".69" = fadd reassoc contract nsz arcp float %".66", %".68"
  %".70" = fcmp oge float %".64", %".69"
  %".71" = select  i1 %".70", float %".64", float %".69"
  store float %".71", float* %"lsemax.acc"
  %".73" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".75" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".90", %"lse.body"]
  %".78" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".78", label %"lse.body", label %"lse.done"
lse.body:
  %".80" = load float, float* %"lse.acc"
  %".81" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".82" = load float, float* %".81"
  %".83" = getelementptr inbounds float, ptr %".10", i64 %"lse"
  %".84" = load float, ptr %".83", !alias.scope !10, !noalias !11
  %".85" = fadd reassoc contract nsz arcp float %".82", %".84"
  %".86" = fsub reassoc contract nsz arcp float %".85", %".75"
  %".87" = call float @"llvm.exp.f32"(float %".86")
  %".88" = fadd reassoc contract nsz arcp float %".80", %".87"
  store float %".88", float* %"lse.acc"
  %".90" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".92" = load float, float* %"lse.acc"
  %".93" = call float @"llvm.log.f32"(float %".92")
  %".94" = fadd reassoc contract nsz arcp float %".75", %".93"
  %".95" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".96" = load i64, ptr %".95", !alias.scope !6, !noalias !7
  %".97" = add i64 %"ex", 1
  %".98" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".97"
  %".99" = load i64, ptr %".98", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
dd.head.1:
  %"dd.1" = phi  i64 [%".96", %"lse.done"], [%".115", %"dd.body.1"]
  %".102" = icmp slt i64 %"dd.1", %".99"
  br i1 %".102", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".104" = load float, float* %"dd.acc.1"
  %".105" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".106" = load i32, ptr %".105", !alias.scope !6, !noalias !7
  %".107" = sext i32 %".106" to i64
  %".108" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".109" = load float, ptr %".108", !alias.scope !6, !noalias !7
  %".110" = getelementptr inbounds float, ptr %".20", i64 %".107"
  %".111" = load float, ptr %".110", !alias.scope !8, !noalias !9
  %".112" = fmul reassoc contract nsz arcp float %".111", %".109"
  %".113" = fadd reassoc contract nsz arcp float %".104", %".112"
  store float %".113", float* %"dd.acc.1"
  %".115" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".117" = load float, float* %"dd.acc.1"
  %".118" = getelementptr inbounds float, ptr %".23", i64 0
  %".119" = load float, ptr %".118", !alias.scope !10, !noalias !11
  %".120" = fadd reassoc contract nsz arcp float %".117", %".119"
  %".121" = fsub reassoc contract nsz arcp float %".94", %".120"
  %".122" = fpext float %".121" to double
  %".123" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".122", ptr %".123"
  %".125" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.W", !0 }
!3 = !{ !"sgdc.buffer.b", !0 }
!4 = !{ !"sgdc.buffer.W.g2", !0 }
!5 = !{ !"sgdc.buffer.b.g2", !0 }
!6 = !{ !1 }
!7 = !{ !2, !3, !4, !5 }
!8 = !{ !2 }
!9 = !{ !1, !3, !4, !5 }
!10 = !{ !3 }
!11 = !{ !1, !2, !4, !5 }
!12 = !{ !4 }
!13 = !{ !1, !2, !3, !5 }
!14 = !{ !5 }
!15 = !{ !1, !2, !3, !4 }