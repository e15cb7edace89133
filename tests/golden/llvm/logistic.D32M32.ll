; llvmlite 0.50.0
; ModuleID = "sgdc.logistic"
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
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 22
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 23
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".17"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"master.b" = load i64, ptr %".18"
  %"master.b.p" = inttoptr i64 %"master.b" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 19
  %"base.b" = load i64, ptr %".19"
  %"base.b.p" = inttoptr i64 %"base.b" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".41"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.y" = load i64, ptr %".44"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".59"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".77" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".77"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".97" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"t0." = load i64, ptr %".97"
  %".100" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".100"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %"dd.acc" = alloca float
  %".162" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.w.g2" = load i64, ptr %".162"
  %"param.w.g2.p" = inttoptr i64 %"param.w.g2" to ptr
  %".186" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b.g2" = load i64, ptr %".186"
  %"param.b.g2.p" = inttoptr i64 %"param.b.g2" to ptr
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
  %".23" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp"
  %".24" = load atomic float, ptr %".23" monotonic, align 4
  %".25" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp"
  store float %".24", ptr %".25"
  %".27" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp"
  store float %".24", ptr %".27"
  %".29" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".223", %"sp.done.endif"]
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
  %"e" = load i32, ptr %".95", !alias.scope !6, !noalias !7
  %".96" = sext i32 %"e" to i64
  %".98" = add i64 %"t0.", %"ex"
  %".99" = sitofp i64 %".98" to float
  %".101" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".102" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".103" = getelementptr inbounds float, ptr %"field.y.p", i64 %".96"
  %".104" = load float, ptr %".103", !alias.scope !6, !noalias !7
  %".105" = fneg float %".104"
  %".106" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".107" = load i64, ptr %".106", !alias.scope !6, !noalias !7
  %".108" = add i64 %".96", 1
  %".109" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".108"
  %".110" = load i64, ptr %".109", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
dd.head:
  %"dd" = phi  i64 [%".107", %"pfs.done.1"], [%".126", %"dd.body"]
  %".113" = icmp slt i64 %"dd", %".110"
  br i1 %".113", label %"dd.body", label %"dd.done"
dd.body:
  %".115" = load float, float* %"dd.acc"
  %".116" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".117" = load i32, ptr %".116", !alias.scope !6, !noalias !7
  %".118" = sext i32 %".117" to i64
  %".119" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".120" = load float, ptr %".119", !alias.scope !6, !noalias !7
  %".121" = getelementptr inbounds float, ptr %".101", i64 %".118"
  %".122" = load float, ptr %".121", !alias.scope !8, !noalias !9
  %".123" = fmul reassoc contract nsz arcp float %".122", %".120"
  %".124" = fadd reassoc contract nsz arcp float %".115", %".123"
  store float %".124", float* %"dd.acc"
  %".126" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".128" = load float, float* %"dd.acc"
  %".129" = getelementptr inbounds float, ptr %".102", i64 0
  %".130" = load float, ptr %".129", !alias.scope !10, !noalias !11
  %".131" = fadd reassoc contract nsz arcp float %".128", %".130"
  %".132" = fmul reassoc contract nsz arcp float %".105", %".131"
  %".133" = call float @"sgdc_softplus_f32"(float %".132")
  %".134" = call float @"sgdc_sigmoid_f32"(float %".132")
  %".135" = fmul reassoc contract nsz arcp float %".134", %".105"
  %".136" = fpext float %".133" to double
  %".137" = load double, double* %"loss.acc"
  %".138" = fadd double %".137", %".136"
  store double %".138", double* %"loss.acc"
  %".140" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".141" = load i64, ptr %".140", !alias.scope !6, !noalias !7
  %".142" = add i64 %".96", 1
  %".143" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".142"
  %".144" = load i64, ptr %".143", !alias.scope !6, !noalias !7
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".141", %"dd.done"], [%".182", %"sp.body"]
  %".146" = icmp slt i64 %"sp", %".144"
  br i1 %".146", label %"sp.body", label %"sp.done"
sp.body:
  %".148" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".149" = load i32, ptr %".148", !alias.scope !6, !noalias !7
  %".150" = sext i32 %".149" to i64
  %".151" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".152" = load float, ptr %".151", !alias.scope !6, !noalias !7
  %".153" = fmul reassoc contract nsz arcp float %".135", %".152"
  %".154" = getelementptr inbounds float, ptr %".101", i64 %".150"
  %".155" = load float, ptr %".154", !alias.scope !8, !noalias !9
  %".156" = fmul reassoc contract nsz arcp float 0x3eb0c6f7a0000000, %".155"
  %".157" = fadd reassoc contract nsz arcp float %".153", %".156"
  %".158" = ptrtoint ptr %".101" to i64
  %".159" = ptrtoint ptr %"param.w.p" to i64
  %".160" = sub i64 %".158", %".159"
  %".161" = sdiv i64 %".160", 4
  %".163" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".161"
  %".164" = getelementptr inbounds float, ptr %".163", i64 %".150"
  %".165" = load float, ptr %".164", !alias.scope !12, !noalias !13
  %".166" = fmul reassoc contract nsz arcp float %".157", %".157"
  %".167" = fadd reassoc contract nsz arcp float %".165", %".166"
  %".168" = ptrtoint ptr %".101" to i64
  %".169" = ptrtoint ptr %"param.w.p" to i64
  %".170" = sub i64 %".168", %".169"
  %".171" = sdiv i64 %".170", 4
  %".172" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".171"
  %".173" = getelementptr inbounds float, ptr %".172", i64 %".150"
  store float %".167", ptr %".173", !alias.scope !12, !noalias !13
  %".175" = fadd reassoc contract nsz arcp float %".167", 0x3e45798ee0000000
  %".176" = call float @"llvm.sqrt.f32"(float %".175")
  %".177" = fdiv reassoc contract nsz arcp float %".157", %".176"
  %".178" = fmul reassoc contract nsz arcp float 0x3faeb851e0000000, %".177"
  %".179" = fsub reassoc contract nsz arcp float %".155", %".178"
  %".180" = getelementptr inbounds float, ptr %".101", i64 %".150"
  store float %".179", ptr %".180", !alias.scope !8, !noalias !9
  %".182" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".184" = getelementptr inbounds float, ptr %".102", i64 0
  %".185" = load float, ptr %".184", !alias.scope !10, !noalias !11
  %".187" = load float, ptr %"param.b.g2.p", !alias.scope !14, !noalias !15
  %".188" = fmul reassoc contract nsz arcp float %".135", %".135"
  %".189" = fadd reassoc contract nsz arcp float %".187", %".188"
  store float %".189", ptr %"param.b.g2.p", !alias.scope !14, !noalias !15
  %".191" = fadd reassoc contract nsz arcp float %".189", 0x3e45798ee0000000
  %".192" = call float @"llvm.sqrt.f32"(float %".191")
  %".193" = fdiv reassoc contract nsz arcp float %".135", %".192"
  %".194" = fmul reassoc contract nsz arcp float 0x3faeb851e0000000, %".193"
  %".195" = fsub reassoc contract nsz arcp float %".185", %".194"
  %".196" = getelementptr inbounds float, ptr %".102", i64 0
  store float %".195", ptr %".196", !alias.scope !10, !noalias !11
  br i1 %".14", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".199" = load i64, i64* %"push.left"
  %".200" = sub i64 %".199", 1
  store i64 %".200", i64* %"push.left"
  %".202" = icmp sle i64 %".200", 0
  br i1 %".202", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".223" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".218", %"cp.body.1"]
  %".205" = icmp slt i64 %"cp.1", 1
  br i1 %".205", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".207" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".208" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".209" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".210" = load float, ptr %".207"
  %".211" = load float, ptr %".208"
  %".212" = fsub float %".210", %".211"
  %".213" = fmul reassoc contract nsz arcp float %".212", %".13"
  %".214" = atomicrmw fadd ptr %".209", float %".213" monotonic
  %".215" = load atomic float, ptr %".209" monotonic, align 4
  store float %".215", ptr %".207"
  store float %".215", ptr %".208"
  %".218" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".243" = load double, double* %"loss.acc"
  store double %".243", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".240", %"cp.body.2"]
  %".227" = icmp slt i64 %"cp.2", 1
  br i1 %".227", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".229" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".230" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".231" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".232" = load float, ptr %".229"
  %".233" = load float, ptr %".230"
  %".234" = fsub float %".232", %".233"
  %".235" = fmul reassoc contract nsz arcp float %".234", %".13"
  %".236" = atomicrmw fadd ptr %".231", float %".235" monotonic
  %".237" = load atomic float, ptr %".231" monotonic, align 4
  store float %".237", ptr %".229"
  store float %".237", ptr %".230"
  %".240" = add i64 %"cp.2", 1
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
  %"param.w" = load i64, ptr %".9"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".11"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".13"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".19"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".20"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".46", %"dd.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".14" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".15" = load i64, ptr %".14", !alias.scope !6, !noalias !7
  %".16" = add i64 %"ex", 1
  %".17" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".16"
  %".18" = load i64, ptr %".17", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  ret void
dd.head:
  %"dd" = phi  i64 [%".15", %"ex.body"], [%".36", %"dd.body"]
  %".23" = icmp slt i64 %"dd", %".18"
  br i1 %".23", label %"dd.body", label %"dd.done"
dd.body:
  %".25" = load float, float* %"dd.acc"
  %".26" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".27" = load i32, ptr %".26", !alias.scope !6, !noalias !7
  %".28" = sext i32 %".27" to i64
  %".29" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".30" = load float, ptr %".29", !alias.scope !6, !noalias !7
  %".31" = getelementptr inbounds float, ptr %".10", i64 %".28"
  %".32" = load float, ptr %".31", !alias.scope !8, !noalias !9
  %".33" = fmul reassoc contract nsz arcp float %".32", %".30"
  %".34" = fadd reassoc contract nsz arcp float %".25", %".33"
  store float %".34", float* %"dd.acc"
  %".36" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".38" = load float, float* %"dd.acc"
  %".39" = getelementptr inbounds float, ptr %".12", i64 0
  %".40" = load float, ptr %".39", !alias.scope !10, !noalias !11
  %".41" = fadd reassoc contract nsz arcp float %".38", %".40"
  %".42" = call float @"sgdc_sigmoid_f32"(float %".41")
  %".43" = fpext float %".42" to double
  %".44" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".43", ptr %".44"
  %".46" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".9"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".11"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.y" = load i64, ptr %".13"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".17"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".23"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".24"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".51", %"dd.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".14" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".15" = load float, ptr %".14", !alias.scope !6, !noalias !7
  %".16" = fneg float %".15"
  %".18" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".19" = load i64, ptr %".18", !alias.scope !6, !noalias !7
  %".20" = add i64 %"ex", 1
  %".21" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".20"
  %".22" = load i64, ptr %".21", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  ret void
dd.head:
  %"dd" = phi  i64 [%".19", %"ex.body"], [%".40", %"dd.body"]
  %".27" = icmp slt i64 %"dd", %".22"
  br i1 %".27", label %"dd.body", label %"dd.done"
dd.body:
  %".29" = load float, float* %"dd.acc"
  %".30" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".31" = load i32, ptr %".30", !alias.scope !6, !noalias !7
  %".32" = sext i32 %".31" to i64
  %".33" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".34" = load float, ptr %".33", !alias.scope !6, !noalias !7
  %".35" = getelementptr inbounds float, ptr %".10", i64 %".32"
  %".36" = load float, ptr %".35", !alias.scope !8, !noalias !9
  %".37" = fmul reassoc contract nsz arcp float %".36", %".34"
  %".38" = fadd reassoc contract nsz arcp float %".29", %".37"
  store float %".38", float* %"dd.acc"
  %".40" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".42" = load float, float* %"dd.acc"
  %".43" = getelementptr inbounds float, ptr %".12", i64 0
  %".44" = load float, ptr %".43", !alias.scope !10, !noalias !11
  %".45" = fadd reassoc contract nsz arcp float %".42", %".44"
  %".46" = fmul reassoc contract nsz arcp float %".16", %".45"
  %".47" = call float @"sgdc_softplus_f32"(float %".46")
  %".48" = fpext float %".47" to double
  %".49" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".48", ptr %".49"
  %".51" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.w", !0 }
!3 = !{ !"sgdc.buffer.b", !0 }
!4 = !{ !"sgdc.buffer.w.g2", !0 }
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