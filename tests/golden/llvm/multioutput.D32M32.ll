; llvmlite 0.50.0
; ModuleID = "sgdc.multioutput"
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
  %"dim.outputs" = load i64, ptr %".20"
  %".43" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".43"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".58" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".58"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".76" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".76"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".96" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".96"
  %"t1" = alloca float, i64 %"dim.outputs"
  %".100" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".100"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".101" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"dim.d" = load i64, ptr %".101"
  %"dd.acc" = alloca float
  %".134" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.y" = load i64, ptr %".134"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %"norm2.acc" = alloca float
  %"t5.m" = alloca float, i64 %"dim.outputs"
  %".215" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W.g2" = load i64, ptr %".215"
  %"param.W.g2.p" = inttoptr i64 %"param.W.g2" to ptr
  %".256" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b.g2" = load i64, ptr %".256"
  %"param.b.g2.p" = inttoptr i64 %"param.b.g2" to ptr
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".14", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  %".21" = mul i64 1, %"dim.outputs"
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".304", %"rows.done.endif"]
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
  %".46" = add i64 %"ex", 8
  %".47" = icmp slt i64 %".46", %"end"
  %".48" = select  i1 %".47", i64 %".46", i64 %"ex"
  %".49" = getelementptr inbounds i32, ptr %"order..p", i64 %".48"
  %".50" = load i32, ptr %".49"
  %".51" = sext i32 %".50" to i64
  %".52" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".51"
  %".53" = load i64, ptr %".52"
  %".54" = add i64 %".51", 1
  %".55" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".54"
  %".56" = load i64, ptr %".55"
  %".57" = sub i64 %".56", %".53"
  %".59" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".53"
  %".60" = ptrtoint ptr %".59" to i64
  %".61" = and i64 %".60", 63
  %".62" = mul i64 %".57", 4
  %".63" = add i64 %".61", %".62"
  %".64" = add i64 %".63", 63
  %".65" = udiv i64 %".64", 64
  %".66" = icmp ult i64 %".65", 8
  %".67" = select  i1 %".66", i64 %".65", i64 8
  br label %"pfs.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".74", %"pfs.body"]
  %".69" = icmp slt i64 %"pfs", %".67"
  br i1 %".69", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".71" = mul i64 %"pfs", 64
  %".72" = getelementptr i8, ptr %".59", i64 %".71"
  call void @"llvm.prefetch.p0"(ptr %".72", i32 0, i32 3, i32 1)
  %".74" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".77" = getelementptr inbounds float, ptr %"values.x.p", i64 %".53"
  %".78" = ptrtoint ptr %".77" to i64
  %".79" = and i64 %".78", 63
  %".80" = mul i64 %".57", 4
  %".81" = add i64 %".79", %".80"
  %".82" = add i64 %".81", 63
  %".83" = udiv i64 %".82", 64
  %".84" = icmp ult i64 %".83", 8
  %".85" = select  i1 %".84", i64 %".83", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".92", %"pfs.body.1"]
  %".87" = icmp slt i64 %"pfs.1", %".85"
  br i1 %".87", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".89" = mul i64 %"pfs.1", 64
  %".90" = getelementptr i8, ptr %".77", i64 %".89"
  call void @"llvm.prefetch.p0"(ptr %".90", i32 0, i32 3, i32 1)
  %".92" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".94" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".94", !alias.scope !6, !noalias !7
  %".95" = sext i32 %"e" to i64
  %".97" = add i64 %"t0.", %"ex"
  %".98" = sitofp i64 %".97" to float
  %".99" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".132", %"dd.done"]
  %".103" = icmp slt i64 %"mv", %"dim.outputs"
  br i1 %".103", label %"mv.body", label %"mv.done"
mv.body:
  %".105" = mul i64 %"mv", %"dim.d"
  %".106" = getelementptr inbounds float, ptr %"param.W.p", i64 %".105"
  %".107" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".95"
  %".108" = load i64, ptr %".107", !alias.scope !6, !noalias !7
  %".109" = add i64 %".95", 1
  %".110" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".109"
  %".111" = load i64, ptr %".110", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  %".135" = mul i64 %".95", %"dim.outputs"
  %".136" = getelementptr inbounds float, ptr %"field.y.p", i64 %".135"
  store float              0x0, float* %"norm2.acc"
  br label %"norm2.head"
dd.head:
  %"dd" = phi  i64 [%".108", %"mv.body"], [%".127", %"dd.body"]
  %".114" = icmp slt i64 %"dd", %".111"
  br i1 %".114", label %"dd.body", label %"dd.done"
dd.body:
  %".116" = load float, float* %"dd.acc"
  %".117" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".118" = load i32, ptr %".117", !alias.scope !6, !noalias !7
  %".119" = sext i32 %".118" to i64
  %".120" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".121" = load float, ptr %".120", !alias.scope !6, !noalias !7
  %".122" = getelementptr inbounds float, ptr %".106", i64 %".119"
  %".123" = load float, ptr %".122", !alias.scope !8, !noalias !9
  %".124" = fmul reassoc contract nsz arcp float %".123", %".121"
  %".125" = fadd reassoc contract nsz arcp float %".116", %".124"
  store float %".125", float* %"dd.acc"
  %".127" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".129" = load float, float* %"dd.acc"
  %".130" = getelementptr inbounds float, float* %"t1", i64 %"mv"
  store float %".129", float* %".130"
  %".132" = add i64 %"mv", 1
  br label %"mv.head"
norm2.head:
  %"norm2" = phi  i64 [0, %"mv.done"], [%".161", %"norm2.body"]
  %".139" = icmp slt i64 %"norm2", %"dim.outputs"
  br i1 %".139", label %"norm2.body", label %"norm2.done"
norm2.body:
  %".141" = load float, float* %"norm2.acc"
  %".142" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".143" = load float, float* %".142"
  %".144" = getelementptr inbounds float, ptr %".99", i64 %"norm2"
  %".145" = load float, ptr %".144", !alias.scope !10, !noalias !11
  %".146" = fadd reassoc contract nsz arcp float %".143", %".145"
  %".147" = getelementptr inbounds float, ptr %".136", i64 %"norm2"
  %".148" = load float, ptr %".147", !alias.scope !6, !noalias !7
  %".149" = fsub reassoc contract nsz arcp float %".146", %".148"
  %".150" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".151" = load float, float* %".150"
  %".152" = getelementptr inbounds float, ptr %".99", i64 %"norm2"
  %".153" = load float, ptr %".152", !alias.scope !10, !noalias !11
  %".154" = fadd reassoc contract nsz arcp float %".151", %".153"
  %".155" = getelementptr inbounds float, ptr %".136", i64 %"norm2"
  %".156" = load float, ptr %".155", !alias.scope !6, !noalias !7
  %".157" = fsub reassoc contract nsz arcp float %".154", %".156"
  %".158" = fmul reassoc contract nsz arcp float %".149", %".157"
  %".159" = fadd reassoc contract nsz arcp float %".141", %".158"
  store float %".159", float* %"norm2.acc"
  %".161" = add i64 %"norm2", 1
  br label %"norm2.head"
norm2.done:
  %".163" = load float, float* %"norm2.acc"
  %".164" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".163"
  %".165" = fpext float %".164" to double
  %".166" = load double, double* %"loss.acc"
  %".167" = fadd double %".166", %".165"
  store double %".167", double* %"loss.acc"
  br label %"mat.head"
mat.head:
  %"mat" = phi  i64 [0, %"norm2.done"], [%".182", %"mat.body"]
  %".170" = icmp slt i64 %"mat", %"dim.outputs"
  br i1 %".170", label %"mat.body", label %"mat.done"
mat.body:
  %".172" = getelementptr inbounds float, float* %"t1", i64 %"mat"
  %".173" = load float, float* %".172"
  %".174" = getelementptr inbounds float, ptr %".99", i64 %"mat"
  %".175" = load float, ptr %".174", !alias.scope !10, !noalias !11
  %".176" = fadd reassoc contract nsz arcp float %".173", %".175"
  %".177" = getelementptr inbounds float, ptr %".136", i64 %"mat"
  %".178" = load float, ptr %".177", !alias.scope !6, !noalias !7
  %".179" = fsub reassoc contract nsz arcp float %".176", %".178"
  %".180" = getelementptr inbounds float, float* %"t5.m", i64 %"mat"
  store float %".179", float* %".180"
  %".182" = add i64 %"mat", 1
  br label %"mat.head"
mat.done:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"mat.done"], [%".237", %"op.done"]
  %".185" = icmp slt i64 %"outer", %"dim.outputs"
  br i1 %".185", label %"outer.body", label %"outer.done"
outer.body:
  %".187" = mul i64 %"outer", %"dim.d"
  %".188" = getelementptr inbounds float, ptr %"param.W.p", i64 %".187"
  %".189" = getelementptr inbounds float, float* %"t5.m", i64 %"outer"
  %".190" = load float, float* %".189"
  %".191" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".95"
  %".192" = load i64, ptr %".191", !alias.scope !6, !noalias !7
  %".193" = add i64 %".95", 1
  %".194" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".193"
  %".195" = load i64, ptr %".194", !alias.scope !6, !noalias !7
  br label %"op.head"
outer.done:
  br label %"rows.head"
op.head:
  %"op" = phi  i64 [%".192", %"outer.body"], [%".235", %"op.body"]
  %".197" = icmp slt i64 %"op", %".195"
  br i1 %".197", label %"op.body", label %"op.done"
op.body:
  %".199" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".200" = load i32, ptr %".199", !alias.scope !6, !noalias !7
  %".201" = sext i32 %".200" to i64
  %".202" = getelementptr inbounds float, ptr %"values.x.p", i64 %"op"
  %".203" = load float, ptr %".202", !alias.scope !6, !noalias !7
  %".204" = fmul reassoc contract nsz arcp float %".190", %".203"
  %".205" = mul i64 %"outer", %"dim.d"
  %".206" = add i64 %".205", %".201"
  %".207" = getelementptr inbounds float, ptr %".188", i64 %".201"
  %".208" = load float, ptr %".207", !alias.scope !8, !noalias !9
  %".209" = fmul reassoc contract nsz arcp float 0x3eb0c6f7a0000000, %".208"
  %".210" = fadd reassoc contract nsz arcp float %".204", %".209"
  %".211" = ptrtoint ptr %".188" to i64
  %".212" = ptrtoint ptr %"param.W.p" to i64
  %".213" = sub i64 %".211", %".212"
  %".214" = sdiv i64 %".213", 4
  %".216" = getelementptr inbounds float, ptr %"param.W.g2.p", i64 %".214"
  %".217" = getelementptr inbounds float, ptr %".216", i64 %".201"
  %".218" = load float, ptr %".217", !alias.scope !12, !noalias !13
  %".219" = fmul reassoc contract nsz arcp float %".210", %".210"
  %".220" = fadd reassoc contract nsz arcp float %".218", %".219"
  %".221" = ptrtoint ptr %".188" to i64
  %".222" = ptrtoint ptr %"param.W.p" to i64
  %".223" = sub i64 %".221", %".222"
  %".224" = sdiv i64 %".223", 4
  %".225" = getelementptr inbounds float, ptr %"param.W.g2.p", i64 %".224"
  %".226" = getelementptr inbounds float, ptr %".225", i64 %".201"
  store float %".220", ptr %".226", !alias.scope !12, !noalias !13
  %".228" = fadd reassoc contract nsz arcp float %".220", 0x3e45798ee0000000
  %".229" = call float @"llvm.sqrt.f32"(float %".228")
  %".230" = fdiv reassoc contract nsz arcp float %".210", %".229"
  %".231" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".230"
  %".232" = fsub reassoc contract nsz arcp float %".208", %".231"
  %".233" = getelementptr inbounds float, ptr %".188", i64 %".201"
  store float %".232", ptr %".233", !alias.scope !8, !noalias !9
  %".235" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".237" = add i64 %"outer", 1
  br label %"outer.head"
rows.head:
  %"rows" = phi  i64 [0, %"outer.done"], [%".276", %"rows.body"]
  %".240" = icmp slt i64 %"rows", %"dim.outputs"
  br i1 %".240", label %"rows.body", label %"rows.done"
rows.body:
  %".242" = getelementptr inbounds float, float* %"t1", i64 %"rows"
  %".243" = load float, float* %".242"
  %".244" = getelementptr inbounds float, ptr %".99", i64 %"rows"
  %".245" = load float, ptr %".244", !alias.scope !10, !noalias !11
  %".246" = fadd reassoc contract nsz arcp float %".243", %".245"
  %".247" = getelementptr inbounds float, ptr %".136", i64 %"rows"
  %".248" = load float, ptr %".247", !alias.scope !6, !noalias !7
  %".249" = fsub reassoc contract nsz arcp float %".246", %".248"
  %".250" = getelementptr inbounds float, ptr %".99", i64 %"rows"
  %".251" = load float, ptr %".250", !alias.scope !10, !noalias !11
  %".252" = ptrtoint ptr %".99" to i64
  %".253" = ptrtoint ptr %"param.b.p" to i64
  %".254" = sub i64 %".252", %".253"
  %".255" = sdiv i64 %".254", 4
  %".257" = getelementptr inbounds float, ptr %"param.b.g2.p", i64 %".255"
  %".258" = getelementptr inbounds float, ptr %".257", i64 %"rows"
  %".259" = load float, ptr %".258", !alias.scope !14, !noalias !15
  %".260" = fmul reassoc contract nsz arcp float %".249", %".249"
  %".261" = fadd reassoc contract nsz arcp float %".259", %".260"
  %".262" = ptrtoint ptr %".99" to i64
  %".263" = ptrtoint ptr %"param.b.p" to i64
  %".264" = sub i64 %".262", %".263"
  %".265" = sdiv i64 %".264", 4
  %".266" = getelementptr inbounds float, ptr %"param.b.g2.p", i64 %".265"
  %".267" = getelementptr inbounds float, ptr %".266", i64 %"rows"
  store float %".261", ptr %".267", !alias.scope !14, !noalias !15
  %".269" = fadd reassoc contract nsz arcp float %".261", 0x3e45798ee0000000
  %".270" = call float @"llvm.sqrt.f32"(float %".269")
  %".271" = fdiv reassoc contract nsz arcp float %".249", %".270"
  %".272" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".271"
  %".273" = fsub reassoc contract nsz arcp float %".251", %".272"
  %".274" = getelementptr inbounds float, ptr %".99", i64 %"rows"
  store float %".273", ptr %".274", !alias.scope !10, !noalias !11
  %".276" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".14", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".279" = load i64, i64* %"push.left"
  %".280" = sub i64 %".279", 1
  store i64 %".280", i64* %"push.left"
  %".282" = icmp sle i64 %".280", 0
  br i1 %".282", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".304" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  %".284" = mul i64 1, %"dim.outputs"
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".299", %"cp.body.1"]
  %".286" = icmp slt i64 %"cp.1", %".284"
  br i1 %".286", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".288" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".289" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".290" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".291" = load float, ptr %".288"
  %".292" = load float, ptr %".289"
  %".293" = fsub float %".291", %".292"
  %".294" = fmul reassoc contract nsz arcp float %".293", %".13"
  %".295" = atomicrmw fadd ptr %".290", float %".294" monotonic
  %".296" = load atomic float, ptr %".290" monotonic, align 4
  store float %".296", ptr %".288"
  store float %".296", ptr %".289"
  %".299" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  %".307" = mul i64 1, %"dim.outputs"
  br label %"cp.head.2"
ex.done.endif:
  %".325" = load double, double* %"loss.acc"
  store double %".325", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".322", %"cp.body.2"]
  %".309" = icmp slt i64 %"cp.2", %".307"
  br i1 %".309", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".311" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".312" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".313" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".314" = load float, ptr %".311"
  %".315" = load float, ptr %".312"
  %".316" = fsub float %".314", %".315"
  %".317" = fmul reassoc contract nsz arcp float %".316", %".13"
  %".318" = atomicrmw fadd ptr %".313", float %".317" monotonic
  %".319" = load atomic float, ptr %".313" monotonic, align 4
  store float %".319", ptr %".311"
  store float %".319", ptr %".312"
  %".322" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.sqrt.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".9"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"dim.outputs" = load i64, ptr %".11"
  %"p0" = alloca float, i64 %"dim.outputs"
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
  %".15" = icmp slt i64 %"mv", %"dim.outputs"
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
  %".49" = mul i64 %"ex", %"dim.outputs"
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
  %".51" = icmp slt i64 %"out.1", %"dim.outputs"
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
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"dim.outputs" = load i64, ptr %".11"
  %"t1" = alloca float, i64 %"dim.outputs"
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
  %".49" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.y" = load i64, ptr %".49"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %"norm2.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".83", %"norm2.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".47", %"dd.done"]
  %".15" = icmp slt i64 %"mv", %"dim.outputs"
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
  %".50" = mul i64 %"ex", %"dim.outputs"
  %".51" = getelementptr inbounds float, ptr %"field.y.p", i64 %".50"
  store float              0x0, float* %"norm2.acc"
  br label %"norm2.head"
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
  %".45" = getelementptr inbounds float, float* %"t1", i64 %"mv"
  store float %".44", float* %".45"
  %".47" = add i64 %"mv", 1
  br label %"mv.head"
norm2.head:
  %"norm2" = phi  i64 [0, %"mv.done"], [%".76", %"norm2.body"]
  %".54" = icmp slt i64 %"norm2", %"dim.outputs"
  br i1 %".54", label %"norm2.body", label %"norm2.done"
norm2.body:
  %".56" = load float, float* %"norm2.acc"
  %".57" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".58" = load float, float* %".57"
  %".59" = getelementptr inbounds float, ptr %".10", i64 %"norm2"
  %".60" = load float, ptr %".59", !alias.scope !10, !noalias !11
  %".61" = fadd reassoc contract nsz arcp float %".58", %".60"
  %".62" = getelementptr inbounds float, ptr %".51", i64 %"norm2"
  %".63" = load float, ptr %".62", !alias.scope !6, !noalias !7
  %".64" = fsub reassoc contract nsz arcp float %".61", %".63"
  %".65" = getelementptr inbounds float, float* %"t1", i64 %"norm2"
  %".66" = load float, float* %".65"
  %".67" = getelementptr inbounds float, ptr %".10", i64 %"norm2"
  %".68" = load float, ptr %".67", !alias.scope !10, !noalias !11
  %".69" = fadd reassoc contract nsz arcp float %".66", %".68"
  %".70" = getelementptr inbounds float, ptr %".51", i64 %"norm2"
  %".71" = load float, ptr %".70", !alias.scope !6, !noalias !7
  %".72" = fsub reassoc contract nsz arcp float %".69", %".71"
  %".73" = fmul reassoc contract nsz arcp float %".64", %".72"
  %".74" = fadd reassoc contract nsz arcp float %".56", %".73"
  store float %".74", float* %"norm2.acc"
  %".76" = add i64 %"norm2", 1
  br label %"norm2.head"
norm2.done:
  %".78" = load float, float* %"norm2.acc"
  %".79" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".78"
  %".80" = fpext float %".79" to double
  %".81" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".80", ptr %".81"
  %".83" = add i64 %"ex", 1
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