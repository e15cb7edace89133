; llvmlite 0.50.0
; ModuleID = "sgdc.svm"
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
  %".165" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.w.g2" = load i64, ptr %".165"
  %"param.w.g2.p" = inttoptr i64 %"param.w.g2" to ptr
  %".189" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.b.g2" = load i64, ptr %".189"
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".226", %"sp.done.endif"]
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
  %".105" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".106" = load i64, ptr %".105", !alias.scope !6, !noalias !7
  %".107" = add i64 %".96", 1
  %".108" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".107"
  %".109" = load i64, ptr %".108", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
dd.head:
  %"dd" = phi  i64 [%".106", %"pfs.done.1"], [%".125", %"dd.body"]
  %".112" = icmp slt i64 %"dd", %".109"
  br i1 %".112", label %"dd.body", label %"dd.done"
dd.body:
  %".114" = load float, float* %"dd.acc"
  %".115" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".116" = load i32, ptr %".115", !alias.scope !6, !noalias !7
  %".117" = sext i32 %".116" to i64
  %".118" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".119" = load float, ptr %".118", !alias.scope !6, !noalias !7
  %".120" = getelementptr inbounds float, ptr %".101", i64 %".117"
  %".121" = load float, ptr %".120", !alias.scope !8, !noalias !9
  %".122" = fmul reassoc contract nsz arcp float %".121", %".119"
  %".123" = fadd reassoc contract nsz arcp float %".114", %".122"
  store float %".123", float* %"dd.acc"
  %".125" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".127" = load float, float* %"dd.acc"
  %".128" = getelementptr inbounds float, ptr %".102", i64 0
  %".129" = load float, ptr %".128", !alias.scope !10, !noalias !11
  %".130" = fadd reassoc contract nsz arcp float %".127", %".129"
  %".131" = fmul reassoc contract nsz arcp float %".104", %".130"
  %".132" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".131"
  %".133" = fcmp oge float              0x0, %".132"
  %".134" = select  i1 %".133", float              0x0, float %".132"
  %".135" = call float @"sgdc_ge_f32"(float              0x0, float %".132")
  %".136" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".135"
  %".137" = fneg float %".136"
  %".138" = fmul reassoc contract nsz arcp float %".137", %".104"
  %".139" = fpext float %".134" to double
  %".140" = load double, double* %"loss.acc"
  %".141" = fadd double %".140", %".139"
  store double %".141", double* %"loss.acc"
  %".143" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".144" = load i64, ptr %".143", !alias.scope !6, !noalias !7
  %".145" = add i64 %".96", 1
  %".146" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".145"
  %".147" = load i64, ptr %".146", !alias.scope !6, !noalias !7
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".144", %"dd.done"], [%".185", %"sp.body"]
  %".149" = icmp slt i64 %"sp", %".147"
  br i1 %".149", label %"sp.body", label %"sp.done"
sp.body:
  %".151" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".152" = load i32, ptr %".151", !alias.scope !6, !noalias !7
  %".153" = sext i32 %".152" to i64
  %".154" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".155" = load float, ptr %".154", !alias.scope !6, !noalias !7
  %".156" = fmul reassoc contract nsz arcp float %".138", %".155"
  %".157" = getelementptr inbounds float, ptr %".101", i64 %".153"
  %".158" = load float, ptr %".157", !alias.scope !8, !noalias !9
  %".159" = fmul reassoc contract nsz arcp float 0x3ee4f8b580000000, %".158"
  %".160" = fadd reassoc contract nsz arcp float %".156", %".159"
  %".161" = ptrtoint ptr %".101" to i64
  %".162" = ptrtoint ptr %"param.w.p" to i64
  %".163" = sub i64 %".161", %".162"
  %".164" = sdiv i64 %".163", 4
  %".166" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".164"
  %".167" = getelementptr inbounds float, ptr %".166", i64 %".153"
  %".168" = load float, ptr %".167", !alias.scope !12, !noalias !13
  %".169" = fmul reassoc contract nsz arcp float %".160", %".160"
  %".170" = fadd reassoc contract nsz arcp float %".168", %".169"
  %".171" = ptrtoint ptr %".101" to i64
  %".172" = ptrtoint ptr %"param.w.p" to i64
  %".173" = sub i64 %".171", %".172"
  %".174" = sdiv i64 %".173", 4
  %".175" = getelementptr inbounds float, ptr %"param.w.g2.p", i64 %".174"
  %".176" = getelementptr inbounds float, ptr %".175", i64 %".153"
  store float %".170", ptr %".176", !alias.scope !12, !noalias !13
  %".178" = fadd reassoc contract nsz arcp float %".170", 0x3e45798ee0000000
  %".179" = call float @"llvm.sqrt.f32"(float %".178")
  %".180" = fdiv reassoc contract nsz arcp float %".160", %".179"
  %".181" = fmul reassoc contract nsz arcp float 0x3fb99999a0000000, %".180"
  %".182" = fsub reassoc contract nsz arcp float %".158", %".181"
  %".183" = getelementptr inbounds float, ptr %".101", i64 %".153"
  store float %".182", ptr %".183", !alias.scope !8, !noalias !9
  %".185" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".187" = getelementptr inbounds float, ptr %".102", i64 0
  %".188" = load float, ptr %".187", !alias.scope !10, !noalias !11
  %".190" = load float, ptr %"param.b.g2.p", !alias.scope !14, !noalias !15
  %".191" = fmul reassoc contract nsz arcp float %".138", %".138"
  %".192" = fadd reassoc contract nsz arcp float %".190", %".191"
  store float %".192", ptr %"param.b.g2.p", !alias.scope !14, !noalias !15
  %".194" = fadd reassoc contract nsz arcp float %".192", 0x3e45798ee0000000
  %".195" = call float @"llvm.sqrt.f32"(float %".194")
  %".196" = fdiv reassoc contract nsz arcp float %".138", %".195"
  %".197" = fmul reassoc contract nsz arcp float 0x3fb99999a0000000, %".196"
  %".198" = fsub reassoc contract nsz arcp float %".188", %".197"
  %".199" = getelementptr inbounds float, ptr %".102", i64 0
  store float %".198", ptr %".199", !alias.scope !10, !noalias !11
  br i1 %".14", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".202" = load i64, i64* %"push.left"
  %".203" = sub i64 %".202", 1
  store i64 %".203", i64* %"push.left"
  %".205" = icmp sle i64 %".203", 0
  br i1 %".205", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".226" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".221", %"cp.body.1"]
  %".208" = icmp slt i64 %"cp.1", 1
  br i1 %".208", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".210" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".211" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".212" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".213" = load float, ptr %".210"
  %".214" = load float, ptr %".211"
  %".215" = fsub float %".213", %".214"
  %".216" = fmul reassoc contract nsz arcp float %".215", %".13"
  %".217" = atomicrmw fadd ptr %".212", float %".216" monotonic
  %".218" = load atomic float, ptr %".212" monotonic, align 4
  store float %".218", ptr %".210"
  store float %".218", ptr %".211"
  %".221" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".246" = load double, double* %"loss.acc"
  store double %".246", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".243", %"cp.body.2"]
  %".230" = icmp slt i64 %"cp.2", 1
  br i1 %".230", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".232" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".233" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".234" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".235" = load float, ptr %".232"
  %".236" = load float, ptr %".233"
  %".237" = fsub float %".235", %".236"
  %".238" = fmul reassoc contract nsz arcp float %".237", %".13"
  %".239" = atomicrmw fadd ptr %".234", float %".238" monotonic
  %".240" = load atomic float, ptr %".234" monotonic, align 4
  store float %".240", ptr %".232"
  store float %".240", ptr %".233"
  %".243" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_ge_f32"(float %".1", float %".2")

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
  %"ex" = phi  i64 [%"begin", %"start"], [%".45", %"dd.done"]
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
  %".42" = fpext float %".41" to double
  %".43" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".42", ptr %".43"
  %".45" = add i64 %"ex", 1
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
  %".16" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"indptr.x" = load i64, ptr %".16"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"indices.x" = load i64, ptr %".22"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"values.x" = load i64, ptr %".23"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".52", %"dd.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".12" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".14" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".15" = load float, ptr %".14", !alias.scope !6, !noalias !7
  %".17" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".18" = load i64, ptr %".17", !alias.scope !6, !noalias !7
  %".19" = add i64 %"ex", 1
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".19"
  %".21" = load i64, ptr %".20", !alias.scope !6, !noalias !7
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  ret void
dd.head:
  %"dd" = phi  i64 [%".18", %"ex.body"], [%".39", %"dd.body"]
  %".26" = icmp slt i64 %"dd", %".21"
  br i1 %".26", label %"dd.body", label %"dd.done"
dd.body:
  %".28" = load float, float* %"dd.acc"
  %".29" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".30" = load i32, ptr %".29", !alias.scope !6, !noalias !7
  %".31" = sext i32 %".30" to i64
  %".32" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".33" = load float, ptr %".32", !alias.scope !6, !noalias !7
  %".34" = getelementptr inbounds float, ptr %".10", i64 %".31"
  %".35" = load float, ptr %".34", !alias.scope !8, !noalias !9
  %".36" = fmul reassoc contract nsz arcp float %".35", %".33"
  %".37" = fadd reassoc contract nsz arcp float %".28", %".36"
  store float %".37", float* %"dd.acc"
  %".39" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".41" = load float, float* %"dd.acc"
  %".42" = getelementptr inbounds float, ptr %".12", i64 0
  %".43" = load float, ptr %".42", !alias.scope !10, !noalias !11
  %".44" = fadd reassoc contract nsz arcp float %".41", %".43"
  %".45" = fmul reassoc contract nsz arcp float %".15", %".44"
  %".46" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".45"
  %".47" = fcmp oge float              0x0, %".46"
  %".48" = select  i1 %".47", float              0x0, float %".46"
  %".49" = fpext float %".48" to double
  %".50" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".49", ptr %".50"
  %".52" = add i64 %"ex", 1
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