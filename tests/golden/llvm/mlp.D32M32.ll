; llvmlite 0.50.0
; ModuleID = "sgdc.mlp"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 17
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 18
  %"epoch." = load i64, ptr %".8"
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 46
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 47
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b1" = load i64, ptr %".17"
  %"param.b1.p" = inttoptr i64 %"param.b1" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 23
  %"master.b1" = load i64, ptr %".18"
  %"master.b1.p" = inttoptr i64 %"master.b1" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 35
  %"base.b1" = load i64, ptr %".19"
  %"base.b1.p" = inttoptr i64 %"base.b1" to ptr
  %".32" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W2" = load i64, ptr %".32"
  %"param.W2.p" = inttoptr i64 %"param.W2" to ptr
  %".33" = getelementptr inbounds i64, ptr %"slots", i64 24
  %"master.W2" = load i64, ptr %".33"
  %"master.W2.p" = inttoptr i64 %"master.W2" to ptr
  %".34" = getelementptr inbounds i64, ptr %"slots", i64 36
  %"base.W2" = load i64, ptr %".34"
  %"base.W2.p" = inttoptr i64 %"base.W2" to ptr
  %".48" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b2" = load i64, ptr %".48"
  %"param.b2.p" = inttoptr i64 %"param.b2" to ptr
  %".49" = getelementptr inbounds i64, ptr %"slots", i64 25
  %"master.b2" = load i64, ptr %".49"
  %"master.b2.p" = inttoptr i64 %"master.b2" to ptr
  %".50" = getelementptr inbounds i64, ptr %"slots", i64 37
  %"base.b2" = load i64, ptr %".50"
  %"base.b2.p" = inttoptr i64 %"base.b2" to ptr
  %".63" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.v" = load i64, ptr %".63"
  %"param.v.p" = inttoptr i64 %"param.v" to ptr
  %".64" = getelementptr inbounds i64, ptr %"slots", i64 26
  %"master.v" = load i64, ptr %".64"
  %"master.v.p" = inttoptr i64 %"master.v" to ptr
  %".65" = getelementptr inbounds i64, ptr %"slots", i64 38
  %"base.v" = load i64, ptr %".65"
  %"base.v.p" = inttoptr i64 %"base.v" to ptr
  %".78" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"param.c" = load i64, ptr %".78"
  %"param.c.p" = inttoptr i64 %"param.c" to ptr
  %".79" = getelementptr inbounds i64, ptr %"slots", i64 27
  %"master.c" = load i64, ptr %".79"
  %"master.c.p" = inttoptr i64 %"master.c" to ptr
  %".80" = getelementptr inbounds i64, ptr %"slots", i64 39
  %"base.c" = load i64, ptr %".80"
  %"base.c.p" = inttoptr i64 %"base.c" to ptr
  %".102" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"indptr.x" = load i64, ptr %".102"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".105" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"field.y" = load i64, ptr %".105"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".120" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"indices.x" = load i64, ptr %".120"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".138" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"values.x" = load i64, ptr %".138"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".158" = getelementptr inbounds i64, ptr %"slots", i64 19
  %"t0." = load i64, ptr %".158"
  %"t3" = alloca float, i64 32
  %".168" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W1" = load i64, ptr %".168"
  %"param.W1.p" = inttoptr i64 %"param.W1" to ptr
  %".169" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"dim.d" = load i64, ptr %".169"
  %"dd.acc" = alloca float
  %"t7" = alloca float, i64 32
  %"mvd.acc" = alloca float
  %"dot.acc" = alloca float
  %"t25" = alloca float, i64 32
  %"tmvd.acc" = alloca float
  %"t27.m" = alloca float, i64 32
  %"t6.m" = alloca float, i64 32
  %"t24.m" = alloca float, i64 32
  %".370" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"param.W1.g2" = load i64, ptr %".370"
  %"param.W1.g2.p" = inttoptr i64 %"param.W1.g2" to ptr
  %".430" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"param.b1.g2" = load i64, ptr %".430"
  %"param.b1.g2.p" = inttoptr i64 %"param.b1.g2" to ptr
  %".456" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"param.b2.g2" = load i64, ptr %".456"
  %"param.b2.g2.p" = inttoptr i64 %"param.b2.g2" to ptr
  %".482" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"param.v.g2" = load i64, ptr %".482"
  %"param.v.g2.p" = inttoptr i64 %"param.v.g2" to ptr
  %".525" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"param.W2.g2" = load i64, ptr %".525"
  %"param.W2.g2.p" = inttoptr i64 %"param.W2.g2" to ptr
  %".551" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"param.c.g2" = load i64, ptr %".551"
  %"param.c.g2.p" = inttoptr i64 %"param.c.g2" to ptr
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".14", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  %".20" = mul i64 1, 32
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".30", %"cp.body"]
  %".22" = icmp slt i64 %"cp", %".20"
  br i1 %".22", label %"cp.body", label %"cp.done"
cp.body:
  %".24" = getelementptr inbounds float, ptr %"master.b1.p", i64 %"cp"
  %".25" = load atomic float, ptr %".24" monotonic, align 4
  %".26" = getelementptr inbounds float, ptr %"param.b1.p", i64 %"cp"
  store float %".25", ptr %".26"
  %".28" = getelementptr inbounds float, ptr %"base.b1.p", i64 %"cp"
  store float %".25", ptr %".28"
  %".30" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  %".35" = mul i64 1, 32
  %".36" = mul i64 %".35", 32
  br label %"cp.head.1"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"cp.done"], [%".46", %"cp.body.1"]
  %".38" = icmp slt i64 %"cp.1", %".36"
  br i1 %".38", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".40" = getelementptr inbounds float, ptr %"master.W2.p", i64 %"cp.1"
  %".41" = load atomic float, ptr %".40" monotonic, align 4
  %".42" = getelementptr inbounds float, ptr %"param.W2.p", i64 %"cp.1"
  store float %".41", ptr %".42"
  %".44" = getelementptr inbounds float, ptr %"base.W2.p", i64 %"cp.1"
  store float %".41", ptr %".44"
  %".46" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  %".51" = mul i64 1, 32
  br label %"cp.head.2"
cp.head.2:
  %"cp.2" = phi  i64 [0, %"cp.done.1"], [%".61", %"cp.body.2"]
  %".53" = icmp slt i64 %"cp.2", %".51"
  br i1 %".53", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".55" = getelementptr inbounds float, ptr %"master.b2.p", i64 %"cp.2"
  %".56" = load atomic float, ptr %".55" monotonic, align 4
  %".57" = getelementptr inbounds float, ptr %"param.b2.p", i64 %"cp.2"
  store float %".56", ptr %".57"
  %".59" = getelementptr inbounds float, ptr %"base.b2.p", i64 %"cp.2"
  store float %".56", ptr %".59"
  %".61" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  %".66" = mul i64 1, 32
  br label %"cp.head.3"
cp.head.3:
  %"cp.3" = phi  i64 [0, %"cp.done.2"], [%".76", %"cp.body.3"]
  %".68" = icmp slt i64 %"cp.3", %".66"
  br i1 %".68", label %"cp.body.3", label %"cp.done.3"
cp.body.3:
  %".70" = getelementptr inbounds float, ptr %"master.v.p", i64 %"cp.3"
  %".71" = load atomic float, ptr %".70" monotonic, align 4
  %".72" = getelementptr inbounds float, ptr %"param.v.p", i64 %"cp.3"
  store float %".71", ptr %".72"
  %".74" = getelementptr inbounds float, ptr %"base.v.p", i64 %"cp.3"
  store float %".71", ptr %".74"
  %".76" = add i64 %"cp.3", 1
  br label %"cp.head.3"
cp.done.3:
  br label %"cp.head.4"
cp.head.4:
  %"cp.4" = phi  i64 [0, %"cp.done.3"], [%".90", %"cp.body.4"]
  %".82" = icmp slt i64 %"cp.4", 1
  br i1 %".82", label %"cp.body.4", label %"cp.done.4"
cp.body.4:
  %".84" = getelementptr inbounds float, ptr %"master.c.p", i64 %"cp.4"
  %".85" = load atomic float, ptr %".84" monotonic, align 4
  %".86" = getelementptr inbounds float, ptr %"param.c.p", i64 %"cp.4"
  store float %".85", ptr %".86"
  %".88" = getelementptr inbounds float, ptr %"base.c.p", i64 %"cp.4"
  store float %".85", ptr %".88"
  %".90" = add i64 %"cp.4", 1
  br label %"cp.head.4"
cp.done.4:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".657", %"dense.done.endif"]
  %".94" = icmp slt i64 %"ex", %"end"
  br i1 %".94", label %"ex.body", label %"ex.done"
ex.body:
  %".96" = add i64 %"ex", 16
  %".97" = icmp slt i64 %".96", %"end"
  %".98" = select  i1 %".97", i64 %".96", i64 %"ex"
  %".99" = getelementptr inbounds i32, ptr %"order..p", i64 %".98"
  %".100" = load i32, ptr %".99"
  %".101" = sext i32 %".100" to i64
  %".103" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".101"
  call void @"llvm.prefetch.p0"(ptr %".103", i32 0, i32 3, i32 1)
  %".106" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".101"
  call void @"llvm.prefetch.p0"(ptr %".106", i32 0, i32 3, i32 1)
  %".108" = add i64 %"ex", 8
  %".109" = icmp slt i64 %".108", %"end"
  %".110" = select  i1 %".109", i64 %".108", i64 %"ex"
  %".111" = getelementptr inbounds i32, ptr %"order..p", i64 %".110"
  %".112" = load i32, ptr %".111"
  %".113" = sext i32 %".112" to i64
  %".114" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".113"
  %".115" = load i64, ptr %".114"
  %".116" = add i64 %".113", 1
  %".117" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".116"
  %".118" = load i64, ptr %".117"
  %".119" = sub i64 %".118", %".115"
  %".121" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".115"
  %".122" = ptrtoint ptr %".121" to i64
  %".123" = and i64 %".122", 63
  %".124" = mul i64 %".119", 4
  %".125" = add i64 %".123", %".124"
  %".126" = add i64 %".125", 63
  %".127" = udiv i64 %".126", 64
  %".128" = icmp ult i64 %".127", 8
  %".129" = select  i1 %".128", i64 %".127", i64 8
  br label %"pfs.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".136", %"pfs.body"]
  %".131" = icmp slt i64 %"pfs", %".129"
  br i1 %".131", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".133" = mul i64 %"pfs", 64
  %".134" = getelementptr i8, ptr %".121", i64 %".133"
  call void @"llvm.prefetch.p0"(ptr %".134", i32 0, i32 3, i32 1)
  %".136" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".139" = getelementptr inbounds float, ptr %"values.x.p", i64 %".115"
  %".140" = ptrtoint ptr %".139" to i64
  %".141" = and i64 %".140", 63
  %".142" = mul i64 %".119", 4
  %".143" = add i64 %".141", %".142"
  %".144" = add i64 %".143", 63
  %".145" = udiv i64 %".144", 64
  %".146" = icmp ult i64 %".145", 8
  %".147" = select  i1 %".146", i64 %".145", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".154", %"pfs.body.1"]
  %".149" = icmp slt i64 %"pfs.1", %".147"
  br i1 %".149", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".151" = mul i64 %"pfs.1", 64
  %".152" = getelementptr i8, ptr %".139", i64 %".151"
  call void @"llvm.prefetch.p0"(ptr %".152", i32 0, i32 3, i32 1)
  %".154" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".156" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".156", !alias.scope !14, !noalias !15
  %".157" = sext i32 %"e" to i64
  %".159" = add i64 %"t0.", %"ex"
  %".160" = sitofp i64 %".159" to float
  %".161" = getelementptr inbounds float, ptr %"param.v.p", i64 0
  %".162" = getelementptr inbounds float, ptr %"param.b1.p", i64 0
  %".163" = getelementptr inbounds float, ptr %"param.b2.p", i64 0
  %".164" = getelementptr inbounds float, ptr %"param.c.p", i64 0
  %".165" = getelementptr inbounds float, ptr %"field.y.p", i64 %".157"
  %".166" = load float, ptr %".165", !alias.scope !14, !noalias !15
  %".167" = fneg float %".166"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".200", %"dd.done"]
  %".171" = icmp slt i64 %"mv", 32
  br i1 %".171", label %"mv.body", label %"mv.done"
mv.body:
  %".173" = mul i64 %"mv", %"dim.d"
  %".174" = getelementptr inbounds float, ptr %"param.W1.p", i64 %".173"
  %".175" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".157"
  %".176" = load i64, ptr %".175", !alias.scope !14, !noalias !15
  %".177" = add i64 %".157", 1
  %".178" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".177"
  %".179" = load i64, ptr %".178", !alias.scope !14, !noalias !15
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  br label %"mv.head.1"
dd.head:
  %"dd" = phi  i64 [%".176", %"mv.body"], [%".195", %"dd.body"]
  %".182" = icmp slt i64 %"dd", %".179"
  br i1 %".182", label %"dd.body", label %"dd.done"
dd.body:
  %".184" = load float, float* %"dd.acc"
  %".185" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".186" = load i32, ptr %".185", !alias.scope !14, !noalias !15
  %".187" = sext i32 %".186" to i64
  %".188" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".189" = load float, ptr %".188", !alias.scope !14, !noalias !15
  %".190" = getelementptr inbounds float, ptr %".174", i64 %".187"
  %".191" = load float, ptr %".190", !alias.scope !16, !noalias !17
  %".192" = fmul reassoc contract nsz arcp float %".191", %".189"
  %".193" = fadd reassoc contract nsz arcp float %".184", %".192"
  store float %".193", float* %"dd.acc"
  %".195" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".197" = load float, float* %"dd.acc"
  %".198" = getelementptr inbounds float, float* %"t3", i64 %"mv"
  store float %".197", float* %".198"
  %".200" = add i64 %"mv", 1
  br label %"mv.head"
mv.head.1:
  %"mv.1" = phi  i64 [0, %"mv.done"], [%".229", %"mvd.done"]
  %".203" = icmp slt i64 %"mv.1", 32
  br i1 %".203", label %"mv.body.1", label %"mv.done.1"
mv.body.1:
  %".205" = mul i64 %"mv.1", 32
  %".206" = getelementptr inbounds float, ptr %"param.W2.p", i64 %".205"
  store float              0x0, float* %"mvd.acc"
  br label %"mvd.head"
mv.done.1:
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
mvd.head:
  %"mvd" = phi  i64 [0, %"mv.body.1"], [%".224", %"mvd.body"]
  %".209" = icmp slt i64 %"mvd", 32
  br i1 %".209", label %"mvd.body", label %"mvd.done"
mvd.body:
  %".211" = load float, float* %"mvd.acc"
  %".212" = getelementptr inbounds float, ptr %".206", i64 %"mvd"
  %".213" = load float, ptr %".212", !alias.scope !18, !noalias !19
  %".214" = getelementptr inbounds float, float* %"t3", i64 %"mvd"
  %".215" = load float, float* %".214"
  %".216" = getelementptr inbounds float, ptr %".162", i64 %"mvd"
  %".217" = load float, ptr %".216", !alias.scope !20, !noalias !21
  %".218" = fadd reassoc contract nsz arcp float %".215", %".217"
  %".219" = fcmp ogt float %".218",              0x0
  %".220" = select  i1 %".219", float %".218", float              0x0
  %".221" = fmul reassoc contract nsz arcp float %".213", %".220"
  %".222" = fadd reassoc contract nsz arcp float %".211", %".221"
  store float %".222", float* %"mvd.acc"
  %".224" = add i64 %"mvd", 1
  br label %"mvd.head"
mvd.done:
  %".226" = load float, float* %"mvd.acc"
  %".227" = getelementptr inbounds float, float* %"t7", i64 %"mv.1"
  store float %".226", float* %".227"
  %".229" = add i64 %"mv.1", 1
  br label %"mv.head.1"
dot.head:
  %"dot" = phi  i64 [0, %"mv.done.1"], [%".248", %"dot.body"]
  %".233" = icmp slt i64 %"dot", 32
  br i1 %".233", label %"dot.body", label %"dot.done"
dot.body:
  %".235" = load float, float* %"dot.acc"
  %".236" = getelementptr inbounds float, ptr %".161", i64 %"dot"
  %".237" = load float, ptr %".236", !alias.scope !22, !noalias !23
  %".238" = getelementptr inbounds float, float* %"t7", i64 %"dot"
  %".239" = load float, float* %".238"
  %".240" = getelementptr inbounds float, ptr %".163", i64 %"dot"
  %".241" = load float, ptr %".240", !alias.scope !24, !noalias !25
  %".242" = fadd reassoc contract nsz arcp float %".239", %".241"
  %".243" = fcmp ogt float %".242",              0x0
  %".244" = select  i1 %".243", float %".242", float              0x0
  %".245" = fmul reassoc contract nsz arcp float %".237", %".244"
  %".246" = fadd reassoc contract nsz arcp float %".235", %".245"
  store float %".246", float* %"dot.acc"
  %".248" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".250" = load float, float* %"dot.acc"
  %".251" = getelementptr inbounds float, ptr %".164", i64 0
  %".252" = load float, ptr %".251", !alias.scope !26, !noalias !27
  %".253" = fadd reassoc contract nsz arcp float %".250", %".252"
  %".254" = fmul reassoc contract nsz arcp float %".167", %".253"
  %".255" = call float @"sgdc_softplus_f32"(float %".254")
  %".256" = call float @"sgdc_sigmoid_f32"(float %".254")
  %".257" = fmul reassoc contract nsz arcp float %".256", %".167"
  br label %"tmv.head"
tmv.head:
  %"tmv" = phi  i64 [0, %"dot.done"], [%".288", %"tmvd.done"]
  %".259" = icmp slt i64 %"tmv", 32
  br i1 %".259", label %"tmv.body", label %"tmv.done"
tmv.body:
  store float              0x0, float* %"tmvd.acc"
  br label %"tmvd.head"
tmv.done:
  %".290" = fpext float %".255" to double
  %".291" = load double, double* %"loss.acc"
  %".292" = fadd double %".291", %".290"
  store double %".292", double* %"loss.acc"
  br label %"mat.head"
tmvd.head:
  %"tmvd" = phi  i64 [0, %"tmv.body"], [%".283", %"tmvd.body"]
  %".263" = icmp slt i64 %"tmvd", 32
  br i1 %".263", label %"tmvd.body", label %"tmvd.done"
tmvd.body:
  %".265" = load float, float* %"tmvd.acc"
  %".266" = mul i64 %"tmvd", 32
  %".267" = add i64 %".266", %"tmv"
  %".268" = getelementptr inbounds float, ptr %"param.W2.p", i64 %".267"
  %".269" = load float, ptr %".268", !alias.scope !18, !noalias !19
  %".270" = getelementptr inbounds float, ptr %".161", i64 %"tmvd"
  %".271" = load float, ptr %".270", !alias.scope !22, !noalias !23
  %".272" = fmul reassoc contract nsz arcp float %".257", %".271"
  %".273" = getelementptr inbounds float, float* %"t7", i64 %"tmvd"
  %".274" = load float, float* %".273"
  %".275" = getelementptr inbounds float, ptr %".163", i64 %"tmvd"
  %".276" = load float, ptr %".275", !alias.scope !24, !noalias !25
  %".277" = fadd reassoc contract nsz arcp float %".274", %".276"
  %".278" = call float @"sgdc_ge_f32"(float %".277", float              0x0)
  %".279" = fmul reassoc contract nsz arcp float %".272", %".278"
  %".280" = fmul reassoc contract nsz arcp float %".269", %".279"
  %".281" = fadd reassoc contract nsz arcp float %".265", %".280"
  store float %".281", float* %"tmvd.acc"
  %".283" = add i64 %"tmvd", 1
  br label %"tmvd.head"
tmvd.done:
  %".285" = load float, float* %"tmvd.acc"
  %".286" = getelementptr inbounds float, float* %"t25", i64 %"tmv"
  store float %".285", float* %".286"
  %".288" = add i64 %"tmv", 1
  br label %"tmv.head"
mat.head:
  %"mat" = phi  i64 [0, %"tmv.done"], [%".308", %"mat.body"]
  %".295" = icmp slt i64 %"mat", 32
  br i1 %".295", label %"mat.body", label %"mat.done"
mat.body:
  %".297" = getelementptr inbounds float, float* %"t25", i64 %"mat"
  %".298" = load float, float* %".297"
  %".299" = getelementptr inbounds float, float* %"t3", i64 %"mat"
  %".300" = load float, float* %".299"
  %".301" = getelementptr inbounds float, ptr %".162", i64 %"mat"
  %".302" = load float, ptr %".301", !alias.scope !20, !noalias !21
  %".303" = fadd reassoc contract nsz arcp float %".300", %".302"
  %".304" = call float @"sgdc_ge_f32"(float %".303", float              0x0)
  %".305" = fmul reassoc contract nsz arcp float %".298", %".304"
  %".306" = getelementptr inbounds float, float* %"t27.m", i64 %"mat"
  store float %".305", float* %".306"
  %".308" = add i64 %"mat", 1
  br label %"mat.head"
mat.done:
  br label %"mat.head.1"
mat.head.1:
  %"mat.1" = phi  i64 [0, %"mat.done"], [%".322", %"mat.body.1"]
  %".311" = icmp slt i64 %"mat.1", 32
  br i1 %".311", label %"mat.body.1", label %"mat.done.1"
mat.body.1:
  %".313" = getelementptr inbounds float, float* %"t3", i64 %"mat.1"
  %".314" = load float, float* %".313"
  %".315" = getelementptr inbounds float, ptr %".162", i64 %"mat.1"
  %".316" = load float, ptr %".315", !alias.scope !20, !noalias !21
  %".317" = fadd reassoc contract nsz arcp float %".314", %".316"
  %".318" = fcmp ogt float %".317",              0x0
  %".319" = select  i1 %".318", float %".317", float              0x0
  %".320" = getelementptr inbounds float, float* %"t6.m", i64 %"mat.1"
  store float %".319", float* %".320"
  %".322" = add i64 %"mat.1", 1
  br label %"mat.head.1"
mat.done.1:
  br label %"mat.head.2"
mat.head.2:
  %"mat.2" = phi  i64 [0, %"mat.done.1"], [%".339", %"mat.body.2"]
  %".325" = icmp slt i64 %"mat.2", 32
  br i1 %".325", label %"mat.body.2", label %"mat.done.2"
mat.body.2:
  %".327" = getelementptr inbounds float, ptr %".161", i64 %"mat.2"
  %".328" = load float, ptr %".327", !alias.scope !22, !noalias !23
  %".329" = fmul reassoc contract nsz arcp float %".257", %".328"
  %".330" = getelementptr inbounds float, float* %"t7", i64 %"mat.2"
  %".331" = load float, float* %".330"
  %".332" = getelementptr inbounds float, ptr %".163", i64 %"mat.2"
  %".333" = load float, ptr %".332", !alias.scope !24, !noalias !25
  %".334" = fadd reassoc contract nsz arcp float %".331", %".333"
  %".335" = call float @"sgdc_ge_f32"(float %".334", float              0x0)
  %".336" = fmul reassoc contract nsz arcp float %".329", %".335"
  %".337" = getelementptr inbounds float, float* %"t24.m", i64 %"mat.2"
  store float %".336", float* %".337"
  %".339" = add i64 %"mat.2", 1
  br label %"mat.head.2"
mat.done.2:
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"mat.done.2"], [%".392", %"op.done"]
  %".342" = icmp slt i64 %"outer", 32
  br i1 %".342", label %"outer.body", label %"outer.done"
outer.body:
  %".344" = mul i64 %"outer", %"dim.d"
  %".345" = getelementptr inbounds float, ptr %"param.W1.p", i64 %".344"
  %".346" = getelementptr inbounds float, float* %"t27.m", i64 %"outer"
  %".347" = load float, float* %".346"
  %".348" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".157"
  %".349" = load i64, ptr %".348", !alias.scope !14, !noalias !15
  %".350" = add i64 %".157", 1
  %".351" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".350"
  %".352" = load i64, ptr %".351", !alias.scope !14, !noalias !15
  br label %"op.head"
outer.done:
  br label %"rows.head"
op.head:
  %"op" = phi  i64 [%".349", %"outer.body"], [%".390", %"op.body"]
  %".354" = icmp slt i64 %"op", %".352"
  br i1 %".354", label %"op.body", label %"op.done"
op.body:
  %".356" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".357" = load i32, ptr %".356", !alias.scope !14, !noalias !15
  %".358" = sext i32 %".357" to i64
  %".359" = getelementptr inbounds float, ptr %"values.x.p", i64 %"op"
  %".360" = load float, ptr %".359", !alias.scope !14, !noalias !15
  %".361" = fmul reassoc contract nsz arcp float %".347", %".360"
  %".362" = mul i64 %"outer", %"dim.d"
  %".363" = add i64 %".362", %".358"
  %".364" = getelementptr inbounds float, ptr %".345", i64 %".358"
  %".365" = load float, ptr %".364", !alias.scope !16, !noalias !17
  %".366" = ptrtoint ptr %".345" to i64
  %".367" = ptrtoint ptr %"param.W1.p" to i64
  %".368" = sub i64 %".366", %".367"
  %".369" = sdiv i64 %".368", 4
  %".371" = getelementptr inbounds float, ptr %"param.W1.g2.p", i64 %".369"
  %".372" = getelementptr inbounds float, ptr %".371", i64 %".358"
  %".373" = load float, ptr %".372", !alias.scope !28, !noalias !29
  %".374" = fmul reassoc contract nsz arcp float %".361", %".361"
  %".375" = fadd reassoc contract nsz arcp float %".373", %".374"
  %".376" = ptrtoint ptr %".345" to i64
  %".377" = ptrtoint ptr %"param.W1.p" to i64
  %".378" = sub i64 %".376", %".377"
  %".379" = sdiv i64 %".378", 4
  %".380" = getelementptr inbounds float, ptr %"param.W1.g2.p", i64 %".379"
  %".381" = getelementptr inbounds float, ptr %".380", i64 %".358"
  store float %".375", ptr %".381", !alias.scope !28, !noalias !29
  %".383" = fadd reassoc contract nsz arcp float %".375", 0x3e45798ee0000000
  %".384" = call float @"llvm.sqrt.f32"(float %".383")
  %".385" = fdiv reassoc contract nsz arcp float %".361", %".384"
  %".386" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".385"
  %".387" = fsub reassoc contract nsz arcp float %".365", %".386"
  %".388" = getelementptr inbounds float, ptr %".345", i64 %".358"
  store float %".387", ptr %".388", !alias.scope !16, !noalias !17
  %".390" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".392" = add i64 %"outer", 1
  br label %"outer.head"
rows.head:
  %"rows" = phi  i64 [0, %"outer.done"], [%".502", %"rows.body"]
  %".395" = icmp slt i64 %"rows", 32
  br i1 %".395", label %"rows.body", label %"rows.done"
rows.body:
  %".397" = getelementptr inbounds float, float* %"t25", i64 %"rows"
  %".398" = load float, float* %".397"
  %".399" = getelementptr inbounds float, float* %"t3", i64 %"rows"
  %".400" = load float, float* %".399"
  %".401" = getelementptr inbounds float, ptr %".162", i64 %"rows"
  %".402" = load float, ptr %".401", !alias.scope !20, !noalias !21
  %".403" = fadd reassoc contract nsz arcp float %".400", %".402"
  %".404" = call float @"sgdc_ge_f32"(float %".403", float              0x0)
  %".405" = fmul reassoc contract nsz arcp float %".398", %".404"
  %".406" = getelementptr inbounds float, ptr %".161", i64 %"rows"
  %".407" = load float, ptr %".406", !alias.scope !22, !noalias !23
  %".408" = fmul reassoc contract nsz arcp float %".257", %".407"
  %".409" = getelementptr inbounds float, float* %"t7", i64 %"rows"
  %".410" = load float, float* %".409"
  %".411" = getelementptr inbounds float, ptr %".163", i64 %"rows"
  %".412" = load float, ptr %".411", !alias.scope !24, !noalias !25
  %".413" = fadd reassoc contract nsz arcp float %".410", %".412"
  %".414" = call float @"sgdc_ge_f32"(float %".413", float              0x0)
  %".415" = fmul reassoc contract nsz arcp float %".408", %".414"
  %".416" = getelementptr inbounds float, float* %"t7", i64 %"rows"
  %".417" = load float, float* %".416"
  %".418" = getelementptr inbounds float, ptr %".163", i64 %"rows"
  %".419" = load float, ptr %".418", !alias.scope !24, !noalias !25
  %".420" = fadd reassoc contract nsz arcp float %".417", %".419"
  %".421" = fcmp ogt float %".420",              0x0
  %".422" = select  i1 %".421", float %".420", float              0x0
  %".423" = fmul reassoc contract nsz arcp float %".257", %".422"
  %".424" = getelementptr inbounds float, ptr %".162", i64 %"rows"
  %".425" = load float, ptr %".424", !alias.scope !20, !noalias !21
  %".426" = ptrtoint ptr %".162" to i64
  %".427" = ptrtoint ptr %"param.b1.p" to i64
  %".428" = sub i64 %".426", %".427"
  %".429" = sdiv i64 %".428", 4
  %".431" = getelementptr inbounds float, ptr %"param.b1.g2.p", i64 %".429"
  %".432" = getelementptr inbounds float, ptr %".431", i64 %"rows"
  %".433" = load float, ptr %".432", !alias.scope !30, !noalias !31
  %".434" = fmul reassoc contract nsz arcp float %".405", %".405"
  %".435" = fadd reassoc contract nsz arcp float %".433", %".434"
  %".436" = ptrtoint ptr %".162" to i64
  %".437" = ptrtoint ptr %"param.b1.p" to i64
  %".438" = sub i64 %".436", %".437"
  %".439" = sdiv i64 %".438", 4
  %".440" = getelementptr inbounds float, ptr %"param.b1.g2.p", i64 %".439"
  %".441" = getelementptr inbounds float, ptr %".440", i64 %"rows"
  store float %".435", ptr %".441", !alias.scope !30, !noalias !31
  %".443" = fadd reassoc contract nsz arcp float %".435", 0x3e45798ee0000000
  %".444" = call float @"llvm.sqrt.f32"(float %".443")
  %".445" = fdiv reassoc contract nsz arcp float %".405", %".444"
  %".446" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".445"
  %".447" = fsub reassoc contract nsz arcp float %".425", %".446"
  %".448" = getelementptr inbounds float, ptr %".162", i64 %"rows"
  store float %".447", ptr %".448", !alias.scope !20, !noalias !21
  %".450" = getelementptr inbounds float, ptr %".163", i64 %"rows"
  %".451" = load float, ptr %".450", !alias.scope !24, !noalias !25
  %".452" = ptrtoint ptr %".163" to i64
  %".453" = ptrtoint ptr %"param.b2.p" to i64
  %".454" = sub i64 %".452", %".453"
  %".455" = sdiv i64 %".454", 4
  %".457" = getelementptr inbounds float, ptr %"param.b2.g2.p", i64 %".455"
  %".458" = getelementptr inbounds float, ptr %".457", i64 %"rows"
  %".459" = load float, ptr %".458", !alias.scope !32, !noalias !33
  %".460" = fmul reassoc contract nsz arcp float %".415", %".415"
  %".461" = fadd reassoc contract nsz arcp float %".459", %".460"
  %".462" = ptrtoint ptr %".163" to i64
  %".463" = ptrtoint ptr %"param.b2.p" to i64
  %".464" = sub i64 %".462", %".463"
  %".465" = sdiv i64 %".464", 4
  %".466" = getelementptr inbounds float, ptr %"param.b2.g2.p", i64 %".465"
  %".467" = getelementptr inbounds float, ptr %".466", i64 %"rows"
  store float %".461", ptr %".467", !alias.scope !32, !noalias !33
  %".469" = fadd reassoc contract nsz arcp float %".461", 0x3e45798ee0000000
  %".470" = call float @"llvm.sqrt.f32"(float %".469")
  %".471" = fdiv reassoc contract nsz arcp float %".415", %".470"
  %".472" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".471"
  %".473" = fsub reassoc contract nsz arcp float %".451", %".472"
  %".474" = getelementptr inbounds float, ptr %".163", i64 %"rows"
  store float %".473", ptr %".474", !alias.scope !24, !noalias !25
  %".476" = getelementptr inbounds float, ptr %".161", i64 %"rows"
  %".477" = load float, ptr %".476", !alias.scope !22, !noalias !23
  %".478" = ptrtoint ptr %".161" to i64
  %".479" = ptrtoint ptr %"param.v.p" to i64
  %".480" = sub i64 %".478", %".479"
  %".481" = sdiv i64 %".480", 4
  %".483" = getelementptr inbounds float, ptr %"param.v.g2.p", i64 %".481"
  %".484" = getelementptr inbounds float, ptr %".483", i64 %"rows"
  %".485" = load float, ptr %".484", !alias.scope !34, !noalias !35
  %".486" = fmul reassoc contract nsz arcp float %".423", %".423"
  %".487" = fadd reassoc contract nsz arcp float %".485", %".486"
  %".488" = ptrtoint ptr %".161" to i64
  %".489" = ptrtoint ptr %"param.v.p" to i64
  %".490" = sub i64 %".488", %".489"
  %".491" = sdiv i64 %".490", 4
  %".492" = getelementptr inbounds float, ptr %"param.v.g2.p", i64 %".491"
  %".493" = getelementptr inbounds float, ptr %".492", i64 %"rows"
  store float %".487", ptr %".493", !alias.scope !34, !noalias !35
  %".495" = fadd reassoc contract nsz arcp float %".487", 0x3e45798ee0000000
  %".496" = call float @"llvm.sqrt.f32"(float %".495")
  %".497" = fdiv reassoc contract nsz arcp float %".423", %".496"
  %".498" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".497"
  %".499" = fsub reassoc contract nsz arcp float %".477", %".498"
  %".500" = getelementptr inbounds float, ptr %".161", i64 %"rows"
  store float %".499", ptr %".500", !alias.scope !22, !noalias !23
  %".502" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br label %"dense.head"
dense.head:
  %"dense" = phi  i64 [0, %"rows.done"], [%".547", %"dn.done"]
  %".505" = icmp slt i64 %"dense", 32
  br i1 %".505", label %"dense.body", label %"dense.done"
dense.body:
  %".507" = mul i64 %"dense", 32
  %".508" = getelementptr inbounds float, ptr %"param.W2.p", i64 %".507"
  %".509" = getelementptr inbounds float, float* %"t24.m", i64 %"dense"
  %".510" = load float, float* %".509"
  br label %"dn.head"
dense.done:
  %".549" = getelementptr inbounds float, ptr %".164", i64 0
  %".550" = load float, ptr %".549", !alias.scope !26, !noalias !27
  %".552" = load float, ptr %"param.c.g2.p", !alias.scope !38, !noalias !39
  %".553" = fmul reassoc contract nsz arcp float %".257", %".257"
  %".554" = fadd reassoc contract nsz arcp float %".552", %".553"
  store float %".554", ptr %"param.c.g2.p", !alias.scope !38, !noalias !39
  %".556" = fadd reassoc contract nsz arcp float %".554", 0x3e45798ee0000000
  %".557" = call float @"llvm.sqrt.f32"(float %".556")
  %".558" = fdiv reassoc contract nsz arcp float %".257", %".557"
  %".559" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".558"
  %".560" = fsub reassoc contract nsz arcp float %".550", %".559"
  %".561" = getelementptr inbounds float, ptr %".164", i64 0
  store float %".560", ptr %".561", !alias.scope !26, !noalias !27
  br i1 %".14", label %"dense.done.if", label %"dense.done.endif"
dn.head:
  %"dn" = phi  i64 [0, %"dense.body"], [%".545", %"dn.body"]
  %".512" = icmp slt i64 %"dn", 32
  br i1 %".512", label %"dn.body", label %"dn.done"
dn.body:
  %".514" = getelementptr inbounds float, float* %"t6.m", i64 %"dn"
  %".515" = load float, float* %".514"
  %".516" = fmul reassoc contract nsz arcp float %".510", %".515"
  %".517" = mul i64 %"dense", 32
  %".518" = add i64 %".517", %"dn"
  %".519" = getelementptr inbounds float, ptr %".508", i64 %"dn"
  %".520" = load float, ptr %".519", !alias.scope !18, !noalias !19
  %".521" = ptrtoint ptr %".508" to i64
  %".522" = ptrtoint ptr %"param.W2.p" to i64
  %".523" = sub i64 %".521", %".522"
  %".524" = sdiv i64 %".523", 4
  %".526" = getelementptr inbounds float, ptr %"param.W2.g2.p", i64 %".524"
  %".527" = getelementptr inbounds float, ptr %".526", i64 %"dn"
  %".528" = load float, ptr %".527", !alias.scope !36, !noalias !37
  %".529" = fmul reassoc contract nsz arcp float %".516", %".516"
  %".530" = fadd reassoc contract nsz arcp float %".528", %".529"
  %".531" = ptrtoint ptr %".508" to i64
  %".532" = ptrtoint ptr %"param.W2.p" to i64
  %".533" = sub i64 %".531", %".532"
  %".534" = sdiv i64 %".533", 4
  %".535" = getelementptr inbounds float, ptr %"param.W2.g2.p", i64 %".534"
  %".536" = getelementptr inbounds float, ptr %".535", i64 %"dn"
  store float %".530", ptr %".536", !alias.scope !36, !noalias !37
  %".538" = fadd reassoc contract nsz arcp float %".530", 0x3e45798ee0000000
  %".539" = call float @"llvm.sqrt.f32"(float %".538")
  %".540" = fdiv reassoc contract nsz arcp float %".516", %".539"
  %".541" = fmul reassoc contract nsz arcp float 0x3f947ae140000000, %".540"
  %".542" = fsub reassoc contract nsz arcp float %".520", %".541"
  %".543" = getelementptr inbounds float, ptr %".508", i64 %"dn"
  store float %".542", ptr %".543", !alias.scope !18, !noalias !19
  %".545" = add i64 %"dn", 1
  br label %"dn.head"
dn.done:
  %".547" = add i64 %"dense", 1
  br label %"dense.head"
dense.done.if:
  %".564" = load i64, i64* %"push.left"
  %".565" = sub i64 %".564", 1
  store i64 %".565", i64* %"push.left"
  %".567" = icmp sle i64 %".565", 0
  br i1 %".567", label %"dense.done.if.if", label %"dense.done.if.endif"
dense.done.endif:
  %".657" = add i64 %"ex", 1
  br label %"ex.head"
dense.done.if.if:
  %".569" = mul i64 1, 32
  br label %"cp.head.5"
dense.done.if.endif:
  br label %"dense.done.endif"
cp.head.5:
  %"cp.5" = phi  i64 [0, %"dense.done.if.if"], [%".584", %"cp.body.5"]
  %".571" = icmp slt i64 %"cp.5", %".569"
  br i1 %".571", label %"cp.body.5", label %"cp.done.5"
cp.body.5:
  %".573" = getelementptr inbounds float, ptr %"param.b1.p", i64 %"cp.5"
  %".574" = getelementptr inbounds float, ptr %"base.b1.p", i64 %"cp.5"
  %".575" = getelementptr inbounds float, ptr %"master.b1.p", i64 %"cp.5"
  %".576" = load float, ptr %".573"
  %".577" = load float, ptr %".574"
  %".578" = fsub float %".576", %".577"
  %".579" = fmul reassoc contract nsz arcp float %".578", %".13"
  %".580" = atomicrmw fadd ptr %".575", float %".579" monotonic
  %".581" = load atomic float, ptr %".575" monotonic, align 4
  store float %".581", ptr %".573"
  store float %".581", ptr %".574"
  %".584" = add i64 %"cp.5", 1
  br label %"cp.head.5"
cp.done.5:
  %".586" = mul i64 1, 32
  %".587" = mul i64 %".586", 32
  br label %"cp.head.6"
cp.head.6:
  %"cp.6" = phi  i64 [0, %"cp.done.5"], [%".602", %"cp.body.6"]
  %".589" = icmp slt i64 %"cp.6", %".587"
  br i1 %".589", label %"cp.body.6", label %"cp.done.6"
cp.body.6:
  %".591" = getelementptr inbounds float, ptr %"param.W2.p", i64 %"cp.6"
  %".592" = getelementptr inbounds float, ptr %"base.W2.p", i64 %"cp.6"
  %".593" = getelementptr inbounds float, ptr %"master.W2.p", i64 %"cp.6"
  %".594" = load float, ptr %".591"
  %".595" = load float, ptr %".592"
  %".596" = fsub float %".594", %".595"
  %".597" = fmul reassoc contract nsz arcp float %".596", %".13"
  %".598" = atomicrmw fadd ptr %".593", float %".597" monotonic
  %".599" = load atomic float, ptr %".593" monotonic, align 4
  store float %".599", ptr %".591"
  store float %".599", ptr %".592"
  %".602" = add i64 %"cp.6", 1
  br label %"cp.head.6"
cp.done.6:
  %".604" = mul i64 1, 32
  br label %"cp.head.7"
cp.head.7:
  %"cp.7" = phi  i64 [0, %"cp.done.6"], [%".619", %"cp.body.7"]
  %".606" = icmp slt i64 %"cp.7", %".604"
  br i1 %".606", label %"cp.body.7", label %"cp.done.7"
cp.body.7:
  %".608" = getelementptr inbounds float, ptr %"param.b2.p", i64 %"cp.7"
  %".609" = getelementptr inbounds float, ptr %"base.b2.p", i64 %"cp.7"
  %".610" = getelementptr inbounds float, ptr %"master.b2.p", i64 %"cp.7"
  %".611" = load float, ptr %".608"
  %".612" = load float, ptr %".609"
  %".613" = fsub float %".611", %".612"
  %".614" = fmul reassoc contract nsz arcp float %".613", %".13"
  %".615" = atomicrmw fadd ptr %".610", float %".614" monotonic
  %".616" = load atomic float, ptr %".610" monotonic, align 4
  store float %".616", ptr %".608"
  store float %".616", ptr %".609"
  %".619" = add i64 %"cp.7", 1
  br label %"cp.head.7"
cp.done.7:
  %".621" = mul i64 1, 32
  br label %"cp.head.8"
cp.head.8:
  %"cp.8" = phi  i64 [0, %"cp.done.7"], [%".636", %"cp.body.8"]
  %".623" = icmp slt i64 %"cp.8", %".621"
  br i1 %".623", label %"cp.body.8", label %"cp.done.8"
cp.body.8:
  %".625" = getelementptr inbounds float, ptr %"param.v.p", i64 %"cp.8"
  %".626" = getelementptr inbounds float, ptr %"base.v.p", i64 %"cp.8"
  %".627" = getelementptr inbounds float, ptr %"master.v.p", i64 %"cp.8"
  %".628" = load float, ptr %".625"
  %".629" = load float, ptr %".626"
  %".630" = fsub float %".628", %".629"
  %".631" = fmul reassoc contract nsz arcp float %".630", %".13"
  %".632" = atomicrmw fadd ptr %".627", float %".631" monotonic
  %".633" = load atomic float, ptr %".627" monotonic, align 4
  store float %".633", ptr %".625"
  store float %".633", ptr %".626"
  %".636" = add i64 %"cp.8", 1
  br label %"cp.head.8"
cp.done.8:
  br label %"cp.head.9"
cp.head.9:
  %"cp.9" = phi  i64 [0, %"cp.done.8"], [%".652", %"cp.body.9"]
  %".639" = icmp slt i64 %"cp.9", 1
  br i1 %".639", label %"cp.body.9", label %"cp.done.9"
cp.body.9:
  %".641" = getelementptr inbounds float, ptr %"param.c.p", i64 %"cp.9"
  %".642" = getelementptr inbounds float, ptr %"base.c.p", i64 %"cp.9"
  %".643" = getelementptr inbounds float, ptr %"master.c.p", i64 %"cp.9"
  %".644" = load float, ptr %".641"
  %".645" = load float, ptr %".642"
  %".646" = fsub float %".644", %".645"
  %".647" = fmul reassoc contract nsz arcp float %".646", %".13"
  %".648" = atomicrmw fadd ptr %".643", float %".647" monotonic
  %".649" = load atomic float, ptr %".643" monotonic, align 4
  store float %".649", ptr %".641"
  store float %".649", ptr %".642"
  %".652" = add i64 %"cp.9", 1
  br label %"cp.head.9"
cp.done.9:
  store i64 %"push.", i64* %"push.left"
  br label %"dense.done.if.endif"
ex.done.if:
  %".660" = mul i64 1, 32
  br label %"cp.head.10"
ex.done.endif:
  %".746" = load double, double* %"loss.acc"
  store double %".746", ptr %"out"
  ret void
cp.head.10:
  %"cp.10" = phi  i64 [0, %"ex.done.if"], [%".675", %"cp.body.10"]
  %".662" = icmp slt i64 %"cp.10", %".660"
  br i1 %".662", label %"cp.body.10", label %"cp.done.10"
cp.body.10:
  %".664" = getelementptr inbounds float, ptr %"param.b1.p", i64 %"cp.10"
  %".665" = getelementptr inbounds float, ptr %"base.b1.p", i64 %"cp.10"
  %".666" = getelementptr inbounds float, ptr %"master.b1.p", i64 %"cp.10"
  %".667" = load float, ptr %".664"
  %".668" = load float, ptr %".665"
  %".669" = fsub float %".667", %".668"
  %".670" = fmul reassoc contract nsz arcp float %".669", %".13"
  %".671" = atomicrmw fadd ptr %".666", float %".670" monotonic
  %".672" = load atomic float, ptr %".666" monotonic, align 4
  store float %".672", ptr %".664"
  store float %".672", ptr %".665"
  %".675" = add i64 %"cp.10", 1
  br label %"cp.head.10"
cp.done.10:
  %".677" = mul i64 1, 32
  %".678" = mul i64 %".677", 32
  br label %"cp.head.11"
cp.head.11:
  %"cp.11" = phi  i64 [0, %"cp.done.10"], [%".693", %"cp.body.11"]
  %".680" = icmp slt i64 %"cp.11", %".678"
  br i1 %".680", label %"cp.body.11", label %"cp.done.11"
cp.body.11:
  %".682" = getelementptr inbounds float, ptr %"param.W2.p", i64 %"cp.11"
  %".683" = getelementptr inbounds float, ptr %"base.W2.p", i64 %"cp.11"
  %".684" = getelementptr inbounds float, ptr %"master.W2.p", i64 %"cp.11"
  %".685" = load float, ptr %".682"
  %".686" = load float, ptr %".683"
  %".687" = fsub float %".685", %".686"
  %".688" = fmul reassoc contract nsz arcp float %".687", %".13"
  %".689" = atomicrmw fadd ptr %".684", float %".688" monotonic
  %".690" = load atomic float, ptr %".684" monotonic, align 4
  store float %".690", ptr %".682"
  store float %".690", ptr %".683"
  %".693" = add i64 %"cp.11", 1
  br label %"cp.head.11"
cp.done.11:
  %".695" = mul i64 1, 32
  br label %"cp.head.12"
cp.head.12:
  %"cp.12" = phi  i64 [0, %"cp.done.11"], [%".710", %"cp.body.12"]
  %".697" = icmp slt i64 %"cp.12", %".695"
  br i1 %".697", label %"cp.body.12", label %"cp.done.12"
cp.body.12:
  %".699" = getelementptr inbounds float, ptr %"param.b2.p", i64 %"cp.12"
  %".700" = getelementptr inbounds float, ptr %"base.b2.p", i64 %"cp.12"
  %".701" = getelementptr inbounds float, ptr %"master.b2.p", i64 %"cp.12"
  %".702" = load float, ptr %".699"
  %".703" = load float, ptr %".700"
  %".704" = fsub float %".702", %".703"
  %".705" = fmul reassoc contract nsz arcp float %".704", %".13"
  %".706" = atomicrmw fadd ptr %".701", float %".705" monotonic
  %".707" = load atomic float, ptr %".701" monotonic, align 4
  store float %".707", ptr %".699"
  store float %".707", ptr %".700"
  %".710" = add i64 %"cp.12", 1
  br label %"cp.head.12"
cp.done.12:
  %".712" = mul i64 1, 32
  br label %"cp.head.13"
cp.head.13:
  %"cp.13" = phi  i64 [0, %"cp.done.12"], [%".727", %"cp.body.13"]
  %".714" = icmp slt i64 %"cp.13", %".712"
  br i1 %".714", label %"cp.body.13", label %"cp.done.13"
cp.body.13:
  %".716" = getelementptr inbounds float, ptr %"param.v.p", i64 %"cp.13"
  %".717" = getelementptr inbounds float, ptr %"base.v.p", i64 %"cp.13"
  %".718" = getelementptr inbounds float, ptr %"master.v.p", i64 %"cp.13"
  %".719" = load float, ptr %".716"
  %".720" = load float, ptr %".717"
  %".721" = fsub float %".719", %".720"
  %".722" = fmul reassoc contract nsz arcp float %".721", %".13"
  %".723" = atomicrmw fadd ptr %".718", float %".722" monotonic
  %".724" = load atomic float, ptr %".718" monotonic, align 4
  store float %".724", ptr %".716"
  store float %".724", ptr %".717"
  %".727" = add i64 %"cp.13", 1
  br label %"cp.head.13"
cp.done.13:
  br label %"cp.head.14"
cp.head.14:
  %"cp.14" = phi  i64 [0, %"cp.done.13"], [%".743", %"cp.body.14"]
  %".730" = icmp slt i64 %"cp.14", 1
  br i1 %".730", label %"cp.body.14", label %"cp.done.14"
cp.body.14:
  %".732" = getelementptr inbounds float, ptr %"param.c.p", i64 %"cp.14"
  %".733" = getelementptr inbounds float, ptr %"base.c.p", i64 %"cp.14"
  %".734" = getelementptr inbounds float, ptr %"master.c.p", i64 %"cp.14"
  %".735" = load float, ptr %".732"
  %".736" = load float, ptr %".733"
  %".737" = fsub float %".735", %".736"
  %".738" = fmul reassoc contract nsz arcp float %".737", %".13"
  %".739" = atomicrmw fadd ptr %".734", float %".738" monotonic
  %".740" = load atomic float, ptr %".734" monotonic, align 4
  store float %".740", ptr %".732"
  store float %".740", ptr %".733"
  %".743" = add i64 %"cp.14", 1
  br label %"cp.head.14"
cp.done.14:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_softplus_f32"(float %".1")

declare float @"sgdc_sigmoid_f32"(float %".1")

declare float @"sgdc_ge_f32"(float %".1", float %".2")

declare float @"llvm.sqrt.f32"(float %".1")

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
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"dim.d" = load i64, ptr %".18"
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"indptr.x" = load i64, ptr %".24"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"indices.x" = load i64, ptr %".30"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".31" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"values.x" = load i64, ptr %".31"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %".54" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W2" = load i64, ptr %".54"
  %"param.W2.p" = inttoptr i64 %"param.W2" to ptr
  %"p5" = alloca float, i64 32
  %"mvd.acc" = alloca float
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".111", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.v.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b1.p", i64 0
  %".14" = getelementptr inbounds float, ptr %"param.b2.p", i64 0
  %".16" = getelementptr inbounds float, ptr %"param.c.p", i64 0
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".52", %"dd.done"]
  %".20" = icmp slt i64 %"mv", 32
  br i1 %".20", label %"mv.body", label %"mv.done"
mv.body:
  %".22" = mul i64 %"mv", %"dim.d"
  %".23" = getelementptr inbounds float, ptr %"param.W1.p", i64 %".22"
  %".25" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".26" = load i64, ptr %".25", !alias.scope !14, !noalias !15
  %".27" = add i64 %"ex", 1
  %".28" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".27"
  %".29" = load i64, ptr %".28", !alias.scope !14, !noalias !15
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  br label %"mv.head.1"
dd.head:
  %"dd" = phi  i64 [%".26", %"mv.body"], [%".47", %"dd.body"]
  %".34" = icmp slt i64 %"dd", %".29"
  br i1 %".34", label %"dd.body", label %"dd.done"
dd.body:
  %".36" = load float, float* %"dd.acc"
  %".37" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".38" = load i32, ptr %".37", !alias.scope !14, !noalias !15
  %".39" = sext i32 %".38" to i64
  %".40" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".41" = load float, ptr %".40", !alias.scope !14, !noalias !15
  %".42" = getelementptr inbounds float, ptr %".23", i64 %".39"
  %".43" = load float, ptr %".42", !alias.scope !16, !noalias !17
  %".44" = fmul reassoc contract nsz arcp float %".43", %".41"
  %".45" = fadd reassoc contract nsz arcp float %".36", %".44"
  store float %".45", float* %"dd.acc"
  %".47" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".49" = load float, float* %"dd.acc"
  %".50" = getelementptr inbounds float, float* %"p1", i64 %"mv"
  store float %".49", float* %".50"
  %".52" = add i64 %"mv", 1
  br label %"mv.head"
mv.head.1:
  %"mv.1" = phi  i64 [0, %"mv.done"], [%".82", %"mvd.done"]
  %".56" = icmp slt i64 %"mv.1", 32
  br i1 %".56", label %"mv.body.1", label %"mv.done.1"
mv.body.1:
  %".58" = mul i64 %"mv.1", 32
  %".59" = getelementptr inbounds float, ptr %"param.W2.p", i64 %".58"
  store float              0x0, float* %"mvd.acc"
  br label %"mvd.head"
mv.done.1:
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
mvd.head:
  %"mvd" = phi  i64 [0, %"mv.body.1"], [%".77", %"mvd.body"]
  %".62" = icmp slt i64 %"mvd", 32
  br i1 %".62", label %"mvd.body", label %"mvd.done"
mvd.body:
  %".64" = load float, float* %"mvd.acc"
  %".65" = getelementptr inbounds float, ptr %".59", i64 %"mvd"
  %".66" = load float, ptr %".65", !alias.scope !18, !noalias !19
  %".67" = getelementptr inbounds float, float* %"p1", i64 %"mvd"
  %".68" = load float, float* %".67"
  %".69" = getelementptr inbounds float, ptr %".12", i64 %"mvd"
  %".70" = load float, ptr %".69", !alias.scope !20, !noalias !21
  %".71" = fadd reassoc contract nsz arcp float %".68", %".70"
  %".72" = fcmp ogt float %".71",              0x0
  %".73" = select  i1 %".72", float %".71", float              0x0
  %".74" = fmul reassoc contract nsz arcp float %".66", %".73"
  %".75" = fadd reassoc contract nsz arcp float %".64", %".74"
  store float %".75", float* %"mvd.acc"
  %".77" = add i64 %"mvd", 1
  br label %"mvd.head"
mvd.done:
  %".79" = load float, float* %"mvd.acc"
  %".80" = getelementptr inbounds float, float* %"p5", i64 %"mv.1"
  store float %".79", float* %".80"
  %".82" = add i64 %"mv.1", 1
  br label %"mv.head.1"
dot.head:
  %"dot" = phi  i64 [0, %"mv.done.1"], [%".101", %"dot.body"]
  %".86" = icmp slt i64 %"dot", 32
  br i1 %".86", label %"dot.body", label %"dot.done"
dot.body:
  %".88" = load float, float* %"dot.acc"
  %".89" = getelementptr inbounds float, ptr %".10", i64 %"dot"
  %".90" = load float, ptr %".89", !alias.scope !22, !noalias !23
  %".91" = getelementptr inbounds float, float* %"p5", i64 %"dot"
  %".92" = load float, float* %".91"
  %".93" = getelementptr inbounds float, ptr %".14", i64 %"dot"
  %".94" = load float, ptr %".93", !alias.scope !24, !noalias !25
  %".95" = fadd reassoc contract nsz arcp float %".92", %".94"
  %".96" = fcmp ogt float %".95",              0x0
  %".97" = select  i1 %".96", float %".95", float              0x0
  %".98" = fmul reassoc contract nsz arcp float %".90", %".97"
  %".99" = fadd reassoc contract nsz arcp float %".88", %".98"
  store float %".99", float* %"dot.acc"
  %".101" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".103" = load float, float* %"dot.acc"
  %".104" = getelementptr inbounds float, ptr %".16", i64 0
  %".105" = load float, ptr %".104", !alias.scope !26, !noalias !27
  %".106" = fadd reassoc contract nsz arcp float %".103", %".105"
  %".107" = call float @"sgdc_sigmoid_f32"(float %".106")
  %".108" = fpext float %".107" to double
  %".109" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".108", ptr %".109"
  %".111" = add i64 %"ex", 1
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
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"field.y" = load i64, ptr %".17"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %"t3" = alloca float, i64 32
  %".21" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W1" = load i64, ptr %".21"
  %"param.W1.p" = inttoptr i64 %"param.W1" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"dim.d" = load i64, ptr %".22"
  %".28" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"indptr.x" = load i64, ptr %".28"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".34" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"indices.x" = load i64, ptr %".34"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 14
  %"values.x" = load i64, ptr %".35"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %".58" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.W2" = load i64, ptr %".58"
  %"param.W2.p" = inttoptr i64 %"param.W2" to ptr
  %"t7" = alloca float, i64 32
  %"mvd.acc" = alloca float
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".116", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.v.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b1.p", i64 0
  %".14" = getelementptr inbounds float, ptr %"param.b2.p", i64 0
  %".16" = getelementptr inbounds float, ptr %"param.c.p", i64 0
  %".18" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".19" = load float, ptr %".18", !alias.scope !14, !noalias !15
  %".20" = fneg float %".19"
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".56", %"dd.done"]
  %".24" = icmp slt i64 %"mv", 32
  br i1 %".24", label %"mv.body", label %"mv.done"
mv.body:
  %".26" = mul i64 %"mv", %"dim.d"
  %".27" = getelementptr inbounds float, ptr %"param.W1.p", i64 %".26"
  %".29" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".30" = load i64, ptr %".29", !alias.scope !14, !noalias !15
  %".31" = add i64 %"ex", 1
  %".32" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".31"
  %".33" = load i64, ptr %".32", !alias.scope !14, !noalias !15
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  br label %"mv.head.1"
dd.head:
  %"dd" = phi  i64 [%".30", %"mv.body"], [%".51", %"dd.body"]
  %".38" = icmp slt i64 %"dd", %".33"
  br i1 %".38", label %"dd.body", label %"dd.done"
dd.body:
  %".40" = load float, float* %"dd.acc"
  %".41" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".42" = load i32, ptr %".41", !alias.scope !14, !noalias !15
  %".43" = sext i32 %".42" to i64
  %".44" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".45" = load float, ptr %".44", !alias.scope !14, !noalias !15
  %".46" = getelementptr inbounds float, ptr %".27", i64 %".43"
  %".47" = load float, ptr %".46", !alias.scope !16, !noalias !17
  %".48" = fmul reassoc contract nsz arcp float %".47", %".45"
  %".49" = fadd reassoc contract nsz arcp float %".40", %".48"
  store float %".49", float* %"dd.acc"
  %".51" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".53" = load float, float* %"dd.acc"
  %".54" = getelementptr inbounds float, float* %"t3", i64 %"mv"
  store float %".53", float* %".54"
  %".56" = add i64 %"mv", 1
  br label %"mv.head"
mv.head.1:
  %"mv.1" = phi  i64 [0, %"mv.done"], [%".86", %"mvd.done"]
  %".60" = icmp slt i64 %"mv.1", 32
  br i1 %".60", label %"mv.body.1", label %"mv.done.1"
mv.body.1:
  %".62" = mul i64 %"mv.1", 32
  %".63" = getelementptr inbounds float, ptr %"param.W2.p", i64 %".62"
  store float              0x0, float* %"mvd.acc"
  br label %"mvd.head"
mv.done.1:
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
mvd.head:
  %"mvd" = phi  i64 [0, %"mv.body.1"], [%".81", %"mvd.body"]
  %".66" = icmp slt i64 %"mvd", 32
  br i1 %".66", label %"mvd.body", label %"mvd.done"
mvd.body:
  %".68" = load float, float* %"mvd.acc"
  %".69" = getelementptr inbounds float, ptr %".63", i64 %"mvd"
  %".70" = load float, ptr %".69", !alias.scope !18, !noalias !19
  %".71" = getelementptr inbounds float, float* %"t3", i64 %"mvd"
  %".72" = load float, float* %".71"
  %".73" = getelementptr inbounds float, ptr %".12", i64 %"mvd"
  %".74" = load float, ptr %".73", !alias.scope !20, !noalias !21
  %".75" = fadd reassoc contract nsz arcp float %".72", %".74"
  %".76" = fcmp ogt float %".75",              0x0
  %".77" = select  i1 %".76", float %".75", float              0x0
  %".78" = fmul reassoc contract nsz arcp float %".70", %".77"
  %".79" = fadd reassoc contract nsz arcp float %".68", %".78"
  store float %".79", float* %"mvd.acc"
  %".81" = add i64 %"mvd", 1
  br label %"mvd.head"
mvd.done:
  %".83" = load float, float* %"mvd.acc"
  %".84" = getelementptr inbounds float, float* %"t7", i64 %"mv.1"
  store float %".83", float* %".84"
  %".86" = add i64 %"mv.1", 1
  br label %"mv.head.1"
dot.head:
  %"dot" = phi  i64 [0, %"mv.done.1"], [%".105", %"dot.body"]
  %".90" = icmp slt i64 %"dot", 32
  br i1 %".90", label %"dot.body", label %"dot.done"
dot.body:
  %".92" = load float, float* %"dot.acc"
  %".93" = getelementptr inbounds float, ptr %".10", i64 %"dot"
  %".94" = load float, ptr %".93", !alias.scope !22, !noalias !23
  %".95" = getelementptr inbounds float, float* %"t7", i64 %"dot"
  %".96" = load float, float* %".95"
  %".97" = getelementptr inbounds float, ptr %".14", i64 %"dot"
  %".98" = load float, ptr %".97", !alias.scope !24, !noalias !25
  %".99" = fadd reassoc contract nsz arcp float %".96", %".98"
  %".100" = fcmp ogt float %".99",              0x0
  %".101" = select  i1 %".100", float %".99", float              0x0
  %".102" = fmul reassoc contract nsz arcp float %".94", %".101"
  %".103" = fadd reassoc contract nsz arcp float %".92", %".102"
  store float %".103", float* %"dot.acc"
  %".105" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".107" = load float, float* %"dot.acc"
  %".108" = getelementptr inbounds float, ptr %".16", i64 0
  %".109" = load float, ptr %".108", !alias.scope !26, !noalias !27
  %".110" = fadd reassoc contract nsz arcp float %".107", %".109"
  %".111" = fmul reassoc contract nsz arcp float %".20", %".110"
  %".112" = call float @"sgdc_softplus_f32"(float %".111")
  %".113" = fpext float %".112" to double
  %".114" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".113", ptr %".114"
  %".116" = add i64 %"ex", 1
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
!8 = !{ !"sgdc.buffer.W1.g2", !0 }
!9 = !{ !"sgdc.buffer.b1.g2", !0 }
!10 = !{ !"sgdc.buffer.W2.g2", !0 }
!11 = !{ !"sgdc.buffer.b2.g2", !0 }
!12 = !{ !"sgdc.buffer.v.g2", !0 }
!13 = !{ !"sgdc.buffer.c.g2", !0 }
!14 = !{ !1 }
!15 = !{ !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13 }
!16 = !{ !2 }
!17 = !{ !1, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13 }
!18 = !{ !4 }
!19 = !{ !1, !2, !3, !5, !6, !7, !8, !9, !10, !11, !12, !13 }
!20 = !{ !3 }
!21 = !{ !1, !2, !4, !5, !6, !7, !8, !9, !10, !11, !12, !13 }
!22 = !{ !6 }
!23 = !{ !1, !2, !3, !4, !5, !7, !8, !9, !10, !11, !12, !13 }
!24 = !{ !5 }
!25 = !{ !1, !2, !3, !4, !6, !7, !8, !9, !10, !11, !12, !13 }
!26 = !{ !7 }
!27 = !{ !1, !2, !3, !4, !5, !6, !8, !9, !10, !11, !12, !13 }
!28 = !{ !8 }
!29 = !{ !1, !2, !3, !4, !5, !6, !7, !9, !10, !11, !12, !13 }
!30 = !{ !9 }
!31 = !{ !1, !2, !3, !4, !5, !6, !7, !8, !10, !11, !12, !13 }
!32 = !{ !11 }
!33 = !{ !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !12, !13 }
!34 = !{ !12 }
!35 = !{ !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !13 }
!36 = !{ !10 }
!37 = !{ !1, !2, !3, !4, !5, !6, !7, !8, !9, !11, !12, !13 }
!38 = !{ !13 }
!39 = !{ !1, !2, !3, !4, !5, !6, !7, !8, !9, !10, !11, !12 }