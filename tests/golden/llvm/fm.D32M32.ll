; llvmlite 0.50.0
; ModuleID = "sgdc.fm"
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
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 28
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 29
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w0" = load i64, ptr %".17"
  %"param.w0.p" = inttoptr i64 %"param.w0" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"master.w0" = load i64, ptr %".18"
  %"master.w0.p" = inttoptr i64 %"master.w0" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 22
  %"base.w0" = load i64, ptr %".19"
  %"base.w0.p" = inttoptr i64 %"base.w0" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"indptr.x" = load i64, ptr %".41"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"field.y" = load i64, ptr %".44"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"indices.x" = load i64, ptr %".59"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".77" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"values.x" = load i64, ptr %".77"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".97" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"t0." = load i64, ptr %".97"
  %".101" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.w" = load i64, ptr %".101"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %"dd.acc" = alloca float
  %"t6" = alloca float, i64 8
  %".132" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.V" = load i64, ptr %".132"
  %"param.V.p" = inttoptr i64 %"param.V" to ptr
  %".133" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.d" = load i64, ptr %".133"
  %"dd.acc.1" = alloca float
  %"t8" = alloca float, i64 8
  %"pmv.acc" = alloca float
  %"sum.acc" = alloca float
  %".230" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.w0.g2" = load i64, ptr %".230"
  %"param.w0.g2.p" = inttoptr i64 %"param.w0.g2" to ptr
  %".264" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.w.g2" = load i64, ptr %".264"
  %"param.w.g2.p" = inttoptr i64 %"param.w.g2" to ptr
  %".326" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"param.V.g2" = load i64, ptr %".326"
  %"param.V.g2.p" = inttoptr i64 %"param.V.g2" to ptr
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".14", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".29", %"cp.body"]
  %".21" = icmp slt i64 %"cp", 1
  br i1 %".21", label %"cp.body", label %"cp.done"
cp.body:
  %".23" = getelementptr inbounds float, ptr %"master.w0.p", i64 %"cp"
  %".24" = load atomic float, ptr %".23" monotonic, align 4
  %".25" = getelementptr inbounds float, ptr %"param.w0.p", i64 %"cp"
  store float %".24", ptr %".25"
  %".27" = getelementptr inbounds float, ptr %"base.w0.p", i64 %"cp"
  store float %".24", ptr %".27"
  %".29" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".375", %"outer.done.endif"]
  %".33" = icmp slt i64 %"ex", %"end"
  br i1 %".33", label %"ex.body", label %"ex.done"
ex.body:
  %".35" = add i64 %"ex", 16
  %".36" = icmp slt i64 %".35", %"end"
  %".37" = select  i1 %".36", i64 %".35", i64 %"ex"
  %".38" = getelementptr inbounds i32, ptr %"order..p", i64 %".37"
  %".39" = load i32, ptr %".38"
  %".40" = sext i32 %".39" to i64
  %".42" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".42", i32 0, i32 3, i32 1)
  %".45" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".45", i32 0, i32 3, i32 1)
  %".47" = add i64 %"ex", 8
  %".48" = icmp slt i64 %".47", %"end"
  %".49" = select  i1 %".48", i64 %".47", i64 %"ex"
  %".50" = getelementptr inbounds i32, ptr %"order..p", i64 %".49"
  %".51" = load i32, ptr %".50"
  %".52" = sext i32 %".51" to i64
  %".53" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".52"
  %".54" = load i64, ptr %".53"
  %".55" = add i64 %".52", 1
  %".56" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".55"
  %".57" = load i64, ptr %".56"
  %".58" = sub i64 %".57", %".54"
  %".60" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".54"
  %".61" = ptrtoint ptr %".60" to i64
  %".62" = and i64 %".61", 63
  %".63" = mul i64 %".58", 4
  %".64" = add i64 %".62", %".63"
  %".65" = add i64 %".64", 63
  %".66" = udiv i64 %".65", 64
  %".67" = icmp ult i64 %".66", 8
  %".68" = select  i1 %".67", i64 %".66", i64 8
  br label %"pfs.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".75", %"pfs.body"]
  %".70" = icmp slt i64 %"pfs", %".68"
  br i1 %".70", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".72" = mul i64 %"pfs", 64
  %".73" = getelementptr i8, ptr %".60", i64 %".72"
  call void @"llvm.prefetch.p0"(ptr %".73", i32 0, i32 3, i32 1)
  %".75" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".78" = getelementptr inbounds float, ptr %"values.x.p", i64 %".54"
  %".79" = ptrtoint ptr %".78" to i64
  %".80" = and i64 %".79", 63
  %".81" = mul i64 %".58", 4
  %".82" = add i64 %".80", %".81"
  %".83" = add i64 %".82", 63
  %".84" = udiv i64 %".83", 64
  %".85" = icmp ult i64 %".84", 8
  %".86" = select  i1 %".85", i64 %".84", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".93", %"pfs.body.1"]
  %".88" = icmp slt i64 %"pfs.1", %".86"
  br i1 %".88", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".90" = mul i64 %"pfs.1", 64
  %".91" = getelementptr i8, ptr %".78", i64 %".90"
  call void @"llvm.prefetch.p0"(ptr %".91", i32 0, i32 3, i32 1)
  %".93" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".95" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".95", !alias.scope !8, !noalias !9
  %".96" = sext i32 %"e" to i64
  %".98" = add i64 %"t0.", %"ex"
  %".99" = sitofp i64 %".98" to float
  %".100" = getelementptr inbounds float, ptr %"param.w0.p", i64 0
  %".102" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".103" = getelementptr inbounds float, ptr %"field.y.p", i64 %".96"
  %".104" = load float, ptr %".103", !alias.scope !8, !noalias !9
  %".105" = fneg float %".104"
  %".106" = getelementptr inbounds float, ptr %".100", i64 0
  %".107" = load float, ptr %".106", !alias.scope !10, !noalias !11
  %".108" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".109" = load i64, ptr %".108", !alias.scope !8, !noalias !9
  %".110" = add i64 %".96", 1
  %".111" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".110"
  %".112" = load i64, ptr %".111", !alias.scope !8, !noalias !9
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
dd.head:
  %"dd" = phi  i64 [%".109", %"pfs.done.1"], [%".128", %"dd.body"]
  %".115" = icmp slt i64 %"dd", %".112"
  br i1 %".115", label %"dd.body", label %"dd.done"
dd.body:
  %".117" = load float, float* %"dd.acc"
  %".118" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".119" = load i32, ptr %".118", !alias.scope !8, !noalias !9
  %".120" = sext i32 %".119" to i64
  %".121" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".122" = load float, ptr %".121", !alias.scope !8, !noalias !9
  %".123" = getelementptr inbounds float, ptr %".102", i64 %".120"
  %".124" = load float, ptr %".123", !alias.scope !12, !noalias !13
  %".125" = fmul reassoc contract nsz arcp float %".124", %".122"
  %".126" = fadd reassoc contract nsz arcp float %".117", %".125"
  store float %".126", float* %"dd.acc"
  %".128" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".130" = load float, float* %"dd.acc"
  %".131" = fadd reassoc contract nsz arcp float %".107", %".130"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"dd.done"], [%".164", %"dd.done.1"]
  %".135" = icmp slt i64 %"mv", 8
  br i1 %".135", label %"mv.body", label %"mv.done"
mv.body:
  %".137" = mul i64 %"mv", %"dim.d"
  %".138" = getelementptr inbounds float, ptr %"param.V.p", i64 %".137"
  %".139" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".140" = load i64, ptr %".139", !alias.scope !8, !noalias !9
  %".141" = add i64 %".96", 1
  %".142" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".141"
  %".143" = load i64, ptr %".142", !alias.scope !8, !noalias !9
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
mv.done:
  %".166" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".167" = load i64, ptr %".166", !alias.scope !8, !noalias !9
  %".168" = add i64 %".96", 1
  %".169" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".168"
  %".170" = load i64, ptr %".169", !alias.scope !8, !noalias !9
  br label %"mvp.head"
dd.head.1:
  %"dd.1" = phi  i64 [%".140", %"mv.body"], [%".159", %"dd.body.1"]
  %".146" = icmp slt i64 %"dd.1", %".143"
  br i1 %".146", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".148" = load float, float* %"dd.acc.1"
  %".149" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".150" = load i32, ptr %".149", !alias.scope !8, !noalias !9
  %".151" = sext i32 %".150" to i64
  %".152" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".153" = load float, ptr %".152", !alias.scope !8, !noalias !9
  %".154" = getelementptr inbounds float, ptr %".138", i64 %".151"
  %".155" = load float, ptr %".154", !alias.scope !14, !noalias !15
  %".156" = fmul reassoc contract nsz arcp float %".155", %".153"
  %".157" = fadd reassoc contract nsz arcp float %".148", %".156"
  store float %".157", float* %"dd.acc.1"
  %".159" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".161" = load float, float* %"dd.acc.1"
  %".162" = getelementptr inbounds float, float* %"t6", i64 %"mv"
  store float %".161", float* %".162"
  %".164" = add i64 %"mv", 1
  br label %"mv.head"
mvp.head:
  %"mvp" = phi  i64 [0, %"mv.done"], [%".198", %"pmv.done"]
  %".172" = icmp slt i64 %"mvp", 8
  br i1 %".172", label %"mvp.body", label %"mvp.done"
mvp.body:
  %".174" = mul i64 %"mvp", %"dim.d"
  %".175" = getelementptr inbounds float, ptr %"param.V.p", i64 %".174"
  store float              0x0, float* %"pmv.acc"
  br label %"pmv.head"
mvp.done:
  store float              0x0, float* %"sum.acc"
  br label %"sum.head"
pmv.head:
  %"pmv" = phi  i64 [%".167", %"mvp.body"], [%".193", %"pmv.body"]
  %".178" = icmp slt i64 %"pmv", %".170"
  br i1 %".178", label %"pmv.body", label %"pmv.done"
pmv.body:
  %".180" = load float, float* %"pmv.acc"
  %".181" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"pmv"
  %".182" = load i32, ptr %".181", !alias.scope !8, !noalias !9
  %".183" = sext i32 %".182" to i64
  %".184" = getelementptr inbounds float, ptr %"values.x.p", i64 %"pmv"
  %".185" = load float, ptr %".184", !alias.scope !8, !noalias !9
  %".186" = getelementptr inbounds float, ptr %".175", i64 %".183"
  %".187" = load float, ptr %".186", !alias.scope !14, !noalias !15
  %".188" = fmul reassoc contract nsz arcp float %".187", %".187"
  %".189" = fmul reassoc contract nsz arcp float %".185", %".185"
  %".190" = fmul reassoc contract nsz arcp float %".188", %".189"
  %".191" = fadd reassoc contract nsz arcp float %".180", %".190"
  store float %".191", float* %"pmv.acc"
  %".193" = add i64 %"pmv", 1
  br label %"pmv.head"
pmv.done:
  %".195" = load float, float* %"pmv.acc"
  %".196" = getelementptr inbounds float, float* %"t8", i64 %"mvp"
  store float %".195", float* %".196"
  %".198" = add i64 %"mvp", 1
  br label %"mvp.head"
sum.head:
  %"sum" = phi  i64 [0, %"mvp.done"], [%".213", %"sum.body"]
  %".202" = icmp slt i64 %"sum", 8
  br i1 %".202", label %"sum.body", label %"sum.done"
sum.body:
  %".204" = load float, float* %"sum.acc"
  %".205" = getelementptr inbounds float, float* %"t6", i64 %"sum"
  %".206" = load float, float* %".205"
  %".207" = fmul reassoc contract nsz arcp float %".206", %".206"
  %".208" = getelementptr inbounds float, float* %"t8", i64 %"sum"
  %".209" = load float, float* %".208"
  %".210" = fsub reassoc contract nsz arcp float %".207", %".209"
  %".211" = fadd reassoc contract nsz arcp float %".204", %".210"
  store float %".211", float* %"sum.acc"
  %".213" = add i64 %"sum", 1
  br label %"sum.head"
sum.done:
  %".215" = load float, float* %"sum.acc"
  %".216" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".215"
  %".217" = fadd reassoc contract nsz arcp float %".131", %".216"
  %".218" = fmul reassoc contract nsz arcp float %".105", %".217"
  %".219" = call float @"sgdc_softplus_f32"(float %".218")
  %".220" = call float @"sgdc_sigmoid_f32"(float %".218")
  %".221" = fmul reassoc contract nsz arcp float %".220", %".105"
  %".222" = fmul reassoc contract nsz arcp float %".221", 0x3fe0000000000000
  %".223" = fneg float %".222"
  %".224" = fpext float %".219" to double
  %".225" = load double, double* %"loss.acc"
  %".226" = fadd double %".225", %".224"
  store double %".226", double* %"loss.acc"
  %".228" = getelementptr inbounds float, ptr %".100", i64 0
  %".229" = load float, ptr %".228", !alias.scope !10, !noalias !11
  %".231" = load float, ptr %"param.w0.g2.p", !alias.scope !16, !noalias !17
  %".232" = fmul reassoc contract nsz arcp float %".221", %".221"
  %".233" = fadd reassoc contract nsz arcp float %".231", %".232"
  store float %".233", ptr %"param.w0.g2.p", !alias.scope !16, !noalias !17
  %".235" = fadd reassoc contract nsz arcp float %".233", 0x3e45798ee0000000
  %".236" = call float @"llvm.sqrt.f32"(float %".235")
  %".237" = fdiv reassoc contract nsz arcp float %".221", %".236"
  %".238" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".237"
  %".239" = fsub reassoc contract nsz arcp float %".229", %".238"
  %".240" = getelementptr inbounds float, ptr %".100", i64 0
  store float %".239", ptr %".240", !alias.scope !10, !noalias !11
  %".242" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".243" = load i64, ptr %".242", !alias.scope !8, !noalias !9
  %".244" = add i64 %".96", 1
  %".245" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".244"
  %".246" = load i64, ptr %".245", !alias.scope !8, !noalias !9
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".243", %"sum.done"], [%".284", %"sp.body"]
  %".248" = icmp slt i64 %"sp", %".246"
  br i1 %".248", label %"sp.body", label %"sp.done"
sp.body:
  %".250" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".251" = load i32, ptr %".250", !alias.scope !8, !noalias !9
  %".252" = sext i32 %".251" to i64
  %".253" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".254" = load float, ptr %".253", !alias.scope !8, !noalias !9
  %".255" = fmul reassoc contract nsz arcp float %".221", %".254"
  %".256" = getelementptr inbounds float, ptr %".102", i64 %".252"
  %".257" = load float, ptr %".256", !alias.scope !12, !noalias !13
  %".258" = fmul reassoc contract nsz arcp float 0x3f1a36e2e0000000, %".257"
  %".259" = fadd reassoc contract nsz arcp float %".255", %".258"
  %".260" = ptrtoint ptr %".102" to i64
  %".261" = ptrtoint ptr %"param.w.p" to i64
  %".262" = sub i64 %".260", %".261"
  %".263" = sdiv i64 %".262", 4
  %".265" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".263"
  %".266" = getelementptr inbounds float, ptr %".265", i64 %".252"
  %".267" = load float, ptr %".266", !alias.scope !18, !noalias !19
  %".268" = fmul reassoc contract nsz arcp float %".259", %".259"
  %".269" = fadd reassoc contract nsz arcp float %".267", %".268"
  %".270" = ptrtoint ptr %".102" to i64
  %".271" = ptrtoint ptr %"param.w.p" to i64
  %".272" = sub i64 %".270", %".271"
  %".273" = sdiv i64 %".272", 4
  %".274" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".273"
  %".275" = getelementptr inbounds float, ptr %".274", i64 %".252"
  store float %".269", ptr %".275", !alias.scope !18, !noalias !19
  %".277" = fadd reassoc contract nsz arcp float %".269", 0x3e45798ee0000000
  %".278" = call float @"llvm.sqrt.f32"(float %".277")
  %".279" = fdiv reassoc contract nsz arcp float %".259", %".278"
  %".280" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".279"
  %".281" = fsub reassoc contract nsz arcp float %".257", %".280"
  %".282" = getelementptr inbounds float, ptr %".102", i64 %".252"
  store float %".281", ptr %".282", !alias.scope !12, !noalias !13
  %".284" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"sp.done"], [%".348", %"op.done"]
  %".287" = icmp slt i64 %"outer", 8
  br i1 %".287", label %"outer.body", label %"outer.done"
outer.body:
  %".289" = mul i64 %"outer", %"dim.d"
  %".290" = getelementptr inbounds float, ptr %"param.V.p", i64 %".289"
  %".291" = getelementptr inbounds float, float* %"t6", i64 %"outer"
  %".292" = load float, float* %".291"
  %".293" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".292"
  %".294" = fmul reassoc contract nsz arcp float %".222", %".293"
  %".295" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".296" = load i64, ptr %".295", !alias.scope !8, !noalias !9
  %".297" = add i64 %".96", 1
  %".298" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".297"
  %".299" = load i64, ptr %".298", !alias.scope !8, !noalias !9
  br label %"op.head"
outer.done:
  br i1 %".14", label %"outer.done.if", label %"outer.done.endif"
op.head:
  %"op" = phi  i64 [%".296", %"outer.body"], [%".346", %"op.body"]
  %".301" = icmp slt i64 %"op", %".299"
  br i1 %".301", label %"op.body", label %"op.done"
op.body:
  %".303" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".304" = load i32, ptr %".303", !alias.scope !8, !noalias !9
  %".305" = sext i32 %".304" to i64
  %".306" = getelementptr inbounds float, ptr %"values.x.p", i64 %"op"
  %".307" = load float, ptr %".306", !alias.scope !8, !noalias !9
  %".308" = fmul reassoc contract nsz arcp float %".294", %".307"
  %".309" = fmul reassoc contract nsz arcp float %".307", %".307"
  %".310" = fmul reassoc contract nsz arcp float %".223", %".309"
  %".311" = getelementptr inbounds float, ptr %".290", i64 %".305"
  %".312" = load float, ptr %".311", !alias.scope !14, !noalias !15
  %".313" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".312"
  %".314" = fmul reassoc contract nsz arcp float %".310", %".313"
  %".315" = fadd reassoc contract nsz arcp float %".308", %".314"
  %".316" = mul i64 %"outer", %"dim.d"
  %".317" = add i64 %".316", %".305"
  %".318" = getelementptr inbounds float, ptr %".290", i64 %".305"
  %".319" = load float, ptr %".318", !alias.scope !14, !noalias !15
  %".320" = fmul reassoc contract nsz arcp float 0x3f1a36e2e0000000, %".319"
  %".321" = fadd reassoc contract nsz arcp float %".315", %".320"
  %".322" = ptrtoint ptr %".290" to i64
  %".323" = ptrtoint ptr %"param.V.p" to i64
  %".324" = sub i64 %".322", %".323"
  %".325" = sdiv i64 %".324", 4
  %".327" = getelementptr inbounds float, ptr %"param.V.g2.p", i64 %".325"
  %".328" = getelementptr inbounds float, ptr %".327", i64 %".305"
  %".329" = load float, ptr %".328", !alias.scope !20, !noalias !21
  %".330" = fmul reassoc contract nsz arcp float %".321", %".321"
  %".331" = fadd reassoc contract nsz arcp float %".329", %".330"
  %".332" = ptrtoint ptr %".290" to i64
  %".333" = ptrtoint ptr %"param.V.p" to i64
  %".334" = sub i64 %".332", %".333"
  %".335" = sdiv i64 %".334", 4
  %".336" = getelementptr inbounds float, ptr %"param.V.g2.p", i64 %".335"
  %".337" = getelementptr inbounds float, ptr %".336", i64 %".305"
  store float %".331", ptr %".337", !alias.scope !20, !noalias !21
  %".339" = fadd reassoc contract nsz arcp float %".331", 0x3e45798ee0000000
  %".340" = call float @"llvm.sqrt.f32"(float %".339")
  %".341" = fdiv reassoc contract nsz arcp float %".321", %".340"
  %".342" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".341"
  %".343" = fsub reassoc contract nsz arcp float %".319", %".342"
  %".344" = getelementptr inbounds float, ptr %".290", i64 %".305"
  store float %".343", ptr %".344", !alias.scope !14, !noalias !15
  %".346" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".348" = add i64 %"outer", 1
  br label %"outer.head"
outer.done.if:
  %".351" = load i64, i64* %"push.left"
  %".352" = sub i64 %".351", 1
  store i64 %".352", i64* %"push.left"
  %".354" = icmp sle i64 %".352", 0
  br i1 %".354", label %"outer.done.if.if", label %"outer.done.if.endif"
outer.done.endif:
  %".375" = add i64 %"ex", 1
  br label %"ex.head"
outer.done.if.if:
  br label %"cp.head.1"
outer.done.if.endif:
  br label %"outer.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"outer.done.if.if"], [%".370", %"cp.body.1"]
  %".357" = icmp slt i64 %"cp.1", 1
  br i1 %".357", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".359" = getelementptr inbounds float, ptr %"param.w0.p", i64 %"cp.1"
  %".360" = getelementptr inbounds float, ptr %"base.w0.p", i64 %"cp.1"
  %".361" = getelementptr inbounds float, ptr %"master.w0.p", i64 %"cp.1"
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
  br label %"outer.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".395" = load double, double* %"loss.acc"
  store double %".395", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".392", %"cp.body.2"]
  %".379" = icmp slt i64 %"cp.2", 1
  br i1 %".379", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".381" = getelementptr inbounds float, ptr %"param.w0.p", i64 %"cp.2"
  %".382" = getelementptr inbounds float, ptr %"base.w0.p", i64 %"cp.2"
  %".383" = getelementptr inbounds float, ptr %"master.w0.p", i64 %"cp.2"
  %".384" = load float, ptr %".381"
  %".385" = load float, ptr %".382"
  %".386" = fsub float %".384", %".385"
  %".387" = fmul reassoc contract nsz arcp float %".386", %".13"
  %".388" = atomicrmw fadd ptr %".383", float %".387" monotonic
  %".389" = load atomic float, ptr %".383" monotonic, align 4
  store float %".389", ptr %".381"
  store float %".389", ptr %".382"
  %".392" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_softplus_f32"(float %".1")

declare float @"sgdc_sigmoid_f32"(float %".1")

declare float @"llvm.sqrt.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w0" = load i64, ptr %".9"
  %"param.w0.p" = inttoptr i64 %"param.w0" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.w" = load i64, ptr %".11"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"indptr.x" = load i64, ptr %".15"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"indices.x" = load i64, ptr %".21"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"values.x" = load i64, ptr %".22"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %"p4" = alloca float, i64 8
  %".42" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.V" = load i64, ptr %".42"
  %"param.V.p" = inttoptr i64 %"param.V" to ptr
  %".43" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.d" = load i64, ptr %".43"
  %"dd.acc.1" = alloca float
  %"p6" = alloca float, i64 8
  %"pmv.acc" = alloca float
  %"sum.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".132", %"sum.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w0.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".13" = getelementptr inbounds float, ptr %".10", i64 0
  %".14" = load float, ptr %".13", !alias.scope !10, !noalias !11
  %".16" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".17" = load i64, ptr %".16", !alias.scope !8, !noalias !9
  %".18" = add i64 %"ex", 1
  %".19" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".18"
  %".20" = load i64, ptr %".19", !alias.scope !8, !noalias !9
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  ret void
dd.head:
  %"dd" = phi  i64 [%".17", %"ex.body"], [%".38", %"dd.body"]
  %".25" = icmp slt i64 %"dd", %".20"
  br i1 %".25", label %"dd.body", label %"dd.done"
dd.body:
  %".27" = load float, float* %"dd.acc"
  %".28" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".29" = load i32, ptr %".28", !alias.scope !8, !noalias !9
  %".30" = sext i32 %".29" to i64
  %".31" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".32" = load float, ptr %".31", !alias.scope !8, !noalias !9
  %".33" = getelementptr inbounds float, ptr %".12", i64 %".30"
  %".34" = load float, ptr %".33", !alias.scope !12, !noalias !13
  %".35" = fmul reassoc contract nsz arcp float %".34", %".32"
  %".36" = fadd reassoc contract nsz arcp float %".27", %".35"
  store float %".36", float* %"dd.acc"
  %".38" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".40" = load float, float* %"dd.acc"
  %".41" = fadd reassoc contract nsz arcp float %".14", %".40"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"dd.done"], [%".74", %"dd.done.1"]
  %".45" = icmp slt i64 %"mv", 8
  br i1 %".45", label %"mv.body", label %"mv.done"
mv.body:
  %".47" = mul i64 %"mv", %"dim.d"
  %".48" = getelementptr inbounds float, ptr %"param.V.p", i64 %".47"
  %".49" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".50" = load i64, ptr %".49", !alias.scope !8, !noalias !9
  %".51" = add i64 %"ex", 1
  %".52" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".51"
  %".53" = load i64, ptr %".52", !alias.scope !8, !noalias !9
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
mv.done:
  %".76" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".77" = load i64, ptr %".76", !alias.scope !8, !noalias !9
  %".78" = add i64 %"ex", 1
  %".79" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".78"
  %".80" = load i64, ptr %".79", !alias.scope !8, !noalias !9
  br label %"mvp.head"
dd.head.1:
  %"dd.1" = phi  i64 [%".50", %"mv.body"], [%".69", %"dd.body.1"]
  %".56" = icmp slt i64 %"dd.1", %".53"
  br i1 %".56", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".58" = load float, float* %"dd.acc.1"
  %".59" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".60" = load i32, ptr %".59", !alias.scope !8, !noalias !9
  %".61" = sext i32 %".60" to i64
  %".62" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".63" = load float, ptr %".62", !alias.scope !8, !noalias !9
  %".64" = getelementptr inbounds float, ptr %".48", i64 %".61"
  %".65" = load float, ptr %".64", !alias.scope !14, !noalias !15
  %".66" = fmul reassoc contract nsz arcp float %".65", %".63"
  %".67" = fadd reassoc contract nsz arcp float %".58", %".66"
  store float %".67", float* %"dd.acc.1"
  %".69" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".71" = load float, float* %"dd.acc.1"
  %".72" = getelementptr inbounds float, float* %"p4", i64 %"mv"
  store float %".71", float* %".72"
  %".74" = add i64 %"mv", 1
  br label %"mv.head"
mvp.head:
  %"mvp" = phi  i64 [0, %"mv.done"], [%".108", %"pmv.done"]
  %".82" = icmp slt i64 %"mvp", 8
  br i1 %".82", label %"mvp.body", label %"mvp.done"
mvp.body:
  %".84" = mul i64 %"mvp", %"dim.d"
  %".85" = getelementptr inbounds float, ptr %"param.V.p", i64 %".84"
  store float              0x0, float* %"pmv.acc"
  br label %"pmv.head"
mvp.done:
  store float              0x0, float* %"sum.acc"
  br label %"sum.head"
pmv.head:
  %"pmv" = phi  i64 [%".77", %"mvp.body"], [%".103", %"pmv.body"]
  %".88" = icmp slt i64 %"pmv", %".80"
  br i1 %".88", label %"pmv.body", label %"pmv.done"
pmv.body:
  %".90" = load float, float* %"pmv.acc"
  %".91" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"pmv"
  %".92" = load i32, ptr %".91", !alias.scope !8, !noalias !9
  %".93" = sext i32 %".92" to i64
  %".94" = getelementptr inbounds float, ptr %"values.x.p", i64 %"pmv"
  %".95" = load float, ptr %".94", !alias.scope !8, !noalias !9
  %".96" = getelementptr inbounds float, ptr %".85", i64 %".93"
  %".97" = load float, ptr %".96", !alias.scope !14, !noalias !15
  %".98" = fmul reassoc contract nsz arcp float %".97", %".97"
  %".99" = fmul reassoc contract nsz arcp float %".95", %".95"
  %".100" = fmul reassoc contract nsz arcp float %".98", %".99"
  %".101" = fadd reassoc contract nsz arcp float %".90", %".100"
  store float %".101", float* %"pmv.acc"
  %".103" = add i64 %"pmv", 1
  br label %"pmv.head"
pmv.done:
  %".105" = load float, float* %"pmv.acc"
  %".106" = getelementptr inbounds float, float* %"p6", i64 %"mvp"
  store float %".105", float* %".106"
  %".108" = add i64 %"mvp", 1
  br label %"mvp.head"
sum.head:
  %"sum" = phi  i64 [0, %"mvp.done"], [%".123", %"sum.body"]
  %".112" = icmp slt i64 %"sum", 8
  br i1 %".112", label %"sum.body", label %"sum.done"
sum.body:
  %".114" = load float, float* %"sum.acc"
  %".115" = getelementptr inbounds float, float* %"p4", i64 %"sum"
  %".116" = load float, float* %".115"
  %".117" = fmul reassoc contract nsz arcp float %".116", %".116"
  %".118" = getelementptr inbounds float, float* %"p6", i64 %"sum"
  %".119" = load float, float* %".118"
  %".120" = fsub reassoc contract nsz arcp float %".117", %".119"
  %".121" = fadd reassoc contract nsz arcp float %".114", %".120"
  store float %".121", float* %"sum.acc"
  %".123" = add i64 %"sum", 1
  br label %"sum.head"
sum.done:
  %".125" = load float, float* %"sum.acc"
  %".126" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".125"
  %".127" = fadd reassoc contract nsz arcp float %".41", %".126"
  %".128" = call float @"sgdc_sigmoid_f32"(float %".127")
  %".129" = fpext float %".128" to double
  %".130" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".129", ptr %".130"
  %".132" = add i64 %"ex", 1
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
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"field.y" = load i64, ptr %".13"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"indices.x" = load i64, ptr %".25"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".26" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"values.x" = load i64, ptr %".26"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %"t6" = alloca float, i64 8
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.V" = load i64, ptr %".46"
  %"param.V.p" = inttoptr i64 %"param.V" to ptr
  %".47" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.d" = load i64, ptr %".47"
  %"dd.acc.1" = alloca float
  %"t8" = alloca float, i64 8
  %"pmv.acc" = alloca float
  %"sum.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".137", %"sum.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w0.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".14" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".15" = load float, ptr %".14", !alias.scope !8, !noalias !9
  %".16" = fneg float %".15"
  %".17" = getelementptr inbounds float, ptr %".10", i64 0
  %".18" = load float, ptr %".17", !alias.scope !10, !noalias !11
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".21" = load i64, ptr %".20", !alias.scope !8, !noalias !9
  %".22" = add i64 %"ex", 1
  %".23" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".22"
  %".24" = load i64, ptr %".23", !alias.scope !8, !noalias !9
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  ret void
dd.head:
  %"dd" = phi  i64 [%".21", %"ex.body"], [%".42", %"dd.body"]
  %".29" = icmp slt i64 %"dd", %".24"
  br i1 %".29", label %"dd.body", label %"dd.done"
dd.body:
  %".31" = load float, float* %"dd.acc"
  %".32" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".33" = load i32, ptr %".32", !alias.scope !8, !noalias !9
  %".34" = sext i32 %".33" to i64
  %".35" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".36" = load float, ptr %".35", !alias.scope !8, !noalias !9
  %".37" = getelementptr inbounds float, ptr %".12", i64 %".34"
  %".38" = load float, ptr %".37", !alias.scope !12, !noalias !13
  %".39" = fmul reassoc contract nsz arcp float %".38", %".36"
  %".40" = fadd reassoc contract nsz arcp float %".31", %".39"
  store float %".40", float* %"dd.acc"
  %".42" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".44" = load float, float* %"dd.acc"
  %".45" = fadd reassoc contract nsz arcp float %".18", %".44"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"dd.done"], [%".78", %"dd.done.1"]
  %".49" = icmp slt i64 %"mv", 8
  br i1 %".49", label %"mv.body", label %"mv.done"
mv.body:
  %".51" = mul i64 %"mv", %"dim.d"
  %".52" = getelementptr inbounds float, ptr %"param.V.p", i64 %".51"
  %".53" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".54" = load i64, ptr %".53", !alias.scope !8, !noalias !9
  %".55" = add i64 %"ex", 1
  %".56" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".55"
  %".57" = load i64, ptr %".56", !alias.scope !8, !noalias !9
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
mv.done:
  %".80" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".81" = load i64, ptr %".80", !alias.scope !8, !noalias !9
  %".82" = add i64 %"ex", 1
  %".83" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".82"
  %".84" = load i64, ptr %".83", !alias.scope !8, !noalias !9
  br label %"mvp.head"
dd.head.1:
  %"dd.1" = phi  i64 [%".54", %"mv.body"], [%".73", %"dd.body.1"]
  %".60" = icmp slt i64 %"dd.1", %".57"
  br i1 %".60", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".62" = load float, float* %"dd.acc.1"
  %".63" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".64" = load i32, ptr %".63", !alias.scope !8, !noalias !9
  %".65" = sext i32 %".64" to i64
  %".66" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".67" = load float, ptr %".66", !alias.scope !8, !noalias !9
  %".68" = getelementptr inbounds float, ptr %".52", i64 %".65"
  %".69" = load float, ptr %".68", !alias.scope !14, !noalias !15
  %".70" = fmul reassoc contract nsz arcp float %".69", %".67"
  %".71" = fadd reassoc contract nsz arcp float %".62", %".70"
  store float %".71", float* %"dd.acc.1"
  %".73" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".75" = load float, float* %"dd.acc.1"
  %".76" = getelementptr inbounds float, float* %"t6", i64 %"mv"
  store float %".75", float* %".76"
  %".78" = add i64 %"mv", 1
  br label %"mv.head"
mvp.head:
  %"mvp" = phi  i64 [0, %"mv.done"], [%".112", %"pmv.done"]
  %".86" = icmp slt i64 %"mvp", 8
  br i1 %".86", label %"mvp.body", label %"mvp.done"
mvp.body:
  %".88" = mul i64 %"mvp", %"dim.d"
  %".89" = getelementptr inbounds float, ptr %"param.V.p", i64 %".88"
  store float              0x0, float* %"pmv.acc"
  br label %"pmv.head"
mvp.done:
  store float              0x0, float* %"sum.acc"
  br label %"sum.head"
pmv.head:
  %"pmv" = phi  i64 [%".81", %"mvp.body"], [%".107", %"pmv.body"]
  %".92" = icmp slt i64 %"pmv", %".84"
  br i1 %".92", label %"pmv.body", label %"pmv.done"
pmv.body:
  %".94" = load float, float* %"pmv.acc"
  %".95" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"pmv"
  %".96" = load i32, ptr %".95", !alias.scope !8, !noalias !9
  %".97" = sext i32 %".96" to i64
  %".98" = getelementptr inbounds float, ptr %"values.x.p", i64 %"pmv"
  %".99" = load float, ptr %".98", !alias.scope !8, !noalias !9
  %".100" = getelementptr inbounds float, ptr %".89", i64 %".97"
  %".101" = load float, ptr %".100", !alias.scope !14, !noalias !15
  %".102" = fmul reassoc contract nsz arcp float %".101", %".101"
  %".103" = fmul reassoc contract nsz arcp float %".99", %".99"
  %".104" = fmul reassoc contract nsz arcp float %".102", %".103"
  %".105" = fadd reassoc contract nsz arcp float %".94", %".104"
  store float %".105", float* %"pmv.acc"
  %".107" = add i64 %"pmv", 1
  br label %"pmv.head"
pmv.done:
  %".109" = load float, float* %"pmv.acc"
  %".110" = getelementptr inbounds float, float* %"t8", i64 %"mvp"
  store float %".109", float* %".110"
  %".112" = add i64 %"mvp", 1
  br label %"mvp.head"
sum.head:
  %"sum" = phi  i64 [0, %"mvp.done"], [%".127", %"sum.body"]
  %".116" = icmp slt i64 %"sum", 8
  br i1 %".116", label %"sum.body", label %"sum.done"
sum.body:
  %".118" = load float, float* %"sum.acc"
  %".119" = getelementptr inbounds float, float* %"t6", i64 %"sum"
  %".120" = load float, float* %".119"
  %".121" = fmul reassoc contract nsz arcp float %".120", %".120"
  %".122" = getelementptr inbounds float, float* %"t8", i64 %"sum"
  %".123" = load float, float* %".122"
  %".124" = fsub reassoc contract nsz arcp float %".121", %".123"
  %".125" = fadd reassoc contract nsz arcp float %".118", %".124"
  store float %".125", float* %"sum.acc"
  %".127" = add i64 %"sum", 1
  br label %"sum.head"
sum.done:
  %".129" = load float, float* %"sum.acc"
  %".130" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".129"
  %".131" = fadd reassoc contract nsz arcp float %".45", %".130"
  %".132" = fmul reassoc contract nsz arcp float %".16", %".131"
  %".133" = call float @"sgdc_softplus_f32"(float %".132")
  %".134" = fpext float %".133" to double
  %".135" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".134", ptr %".135"
  %".137" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.w0", !0 }
!3 = !{ !"sgdc.buffer.w", !0 }
!4 = !{ !"sgdc.buffer.V", !0 }
!5 = !{ !"sgdc.buffer.w0.g2", !0 }
!6 = !{ !"sgdc.buffer.w.g2", !0 }
!7 = !{ !"sgdc.buffer.V.g2", !0 }
!8 = !{ !1 }
!9 = !{ !2, !3, !4, !5, !6, !7 }
!10 = !{ !2 }
!11 = !{ !1, !3, !4, !5, !6, !7 }
!12 = !{ !3 }
!13 = !{ !1, !2, !4, !5, !6, !7 }
!14 = !{ !4 }
!15 = !{ !1, !2, !3, !5, !6, !7 }
!16 = !{ !5 }
!17 = !{ !1, !2, !3, !4, !6, !7 }
!18 = !{ !6 }
!19 = !{ !1, !2, !3, !4, !5, !7 }
!20 = !{ !7 }
!21 = !{ !1, !2, !3, !4, !5, !6 }