; llvmlite 0.50.0
; ModuleID = "sgdc.svm"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"epoch." = load i64, ptr %".8"
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 16
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 17
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".17"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"master.b" = load i64, ptr %".18"
  %"master.b.p" = inttoptr i64 %"master.b" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"base.b" = load i64, ptr %".19"
  %"base.b.p" = inttoptr i64 %"base.b" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".41"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".44"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".55" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".55"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".65" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".65"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".77" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"t0." = load i64, ptr %".77"
  %".83" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".83"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %"dd.acc" = alloca float
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".181", %"sp.done.endif"]
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
  %".56" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".54"
  %".57" = getelementptr i8, ptr %".56", i64 0
  call void @"llvm.prefetch.p0"(ptr %".57", i32 0, i32 3, i32 1)
  %".59" = getelementptr i8, ptr %".56", i64 64
  call void @"llvm.prefetch.p0"(ptr %".59", i32 0, i32 3, i32 1)
  %".61" = getelementptr i8, ptr %".56", i64 128
  call void @"llvm.prefetch.p0"(ptr %".61", i32 0, i32 3, i32 1)
  %".63" = getelementptr i8, ptr %".56", i64 192
  call void @"llvm.prefetch.p0"(ptr %".63", i32 0, i32 3, i32 1)
  %".66" = getelementptr inbounds float, ptr %"values.x.p", i64 %".54"
  %".67" = getelementptr i8, ptr %".66", i64 0
  call void @"llvm.prefetch.p0"(ptr %".67", i32 0, i32 3, i32 1)
  %".69" = getelementptr i8, ptr %".66", i64 64
  call void @"llvm.prefetch.p0"(ptr %".69", i32 0, i32 3, i32 1)
  %".71" = getelementptr i8, ptr %".66", i64 128
  call void @"llvm.prefetch.p0"(ptr %".71", i32 0, i32 3, i32 1)
  %".73" = getelementptr i8, ptr %".66", i64 192
  call void @"llvm.prefetch.p0"(ptr %".73", i32 0, i32 3, i32 1)
  %".75" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".75", !alias.scope !4, !noalias !5
  %".76" = sext i32 %"e" to i64
  %".78" = add i64 %"t0.", %"ex"
  %".79" = sitofp i64 %".78" to float
  %".80" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".9"
  %".81" = fmul reassoc contract nsz arcp float %".80", %".80"
  %".82" = fdiv float 0x3fa99999a0000000, %".81"
  %".84" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".85" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".86" = getelementptr inbounds float, ptr %"field.y.p", i64 %".76"
  %".87" = load float, ptr %".86", !alias.scope !4, !noalias !5
  %".88" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".76"
  %".89" = load i64, ptr %".88", !alias.scope !4, !noalias !5
  %".90" = add i64 %".76", 1
  %".91" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".90"
  %".92" = load i64, ptr %".91", !alias.scope !4, !noalias !5
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
dd.head:
  %"dd" = phi  i64 [%".89", %"ex.body"], [%".108", %"dd.body"]
  %".95" = icmp slt i64 %"dd", %".92"
  br i1 %".95", label %"dd.body", label %"dd.done"
dd.body:
  %".97" = load float, float* %"dd.acc"
  %".98" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".99" = load i32, ptr %".98", !alias.scope !4, !noalias !5
  %".100" = sext i32 %".99" to i64
  %".101" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".102" = load float, ptr %".101", !alias.scope !4, !noalias !5
  %".103" = getelementptr inbounds float, ptr %".84", i64 %".100"
  %".104" = load float, ptr %".103", !alias.scope !6, !noalias !7
  %".105" = fmul reassoc contract nsz arcp float %".104", %".102"
  %".106" = fadd reassoc contract nsz arcp float %".97", %".105"
  store float %".106", float* %"dd.acc"
  %".108" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".110" = load float, float* %"dd.acc"
  %".111" = getelementptr inbounds float, ptr %".85", i64 0
  %".112" = load float, ptr %".111", !alias.scope !8, !noalias !9
  %".113" = fadd reassoc contract nsz arcp float %".110", %".112"
  %".114" = fmul reassoc contract nsz arcp float %".87", %".113"
  %".115" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".114"
  %".116" = fcmp oge float              0x0, %".115"
  %".117" = select  i1 %".116", float              0x0, float %".115"
  %".118" = call float @"sgdc_ge_f32"(float              0x0, float %".115")
  %".119" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".118"
  %".120" = fneg float %".119"
  %".121" = fmul reassoc contract nsz arcp float %".120", %".87"
  %".122" = fpext float %".117" to double
  %".123" = load double, double* %"loss.acc"
  %".124" = fadd double %".123", %".122"
  store double %".124", double* %"loss.acc"
  %".126" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".76"
  %".127" = load i64, ptr %".126", !alias.scope !4, !noalias !5
  %".128" = add i64 %".76", 1
  %".129" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".128"
  %".130" = load i64, ptr %".129", !alias.scope !4, !noalias !5
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".127", %"dd.done"], [%".148", %"sp.body"]
  %".132" = icmp slt i64 %"sp", %".130"
  br i1 %".132", label %"sp.body", label %"sp.done"
sp.body:
  %".134" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".135" = load i32, ptr %".134", !alias.scope !4, !noalias !5
  %".136" = sext i32 %".135" to i64
  %".137" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".138" = load float, ptr %".137", !alias.scope !4, !noalias !5
  %".139" = fmul reassoc contract nsz arcp float %".121", %".138"
  %".140" = getelementptr inbounds float, ptr %".84", i64 %".136"
  %".141" = load float, ptr %".140", !alias.scope !6, !noalias !7
  %".142" = fmul reassoc contract nsz arcp float 0x3ee4f8b580000000, %".141"
  %".143" = fadd reassoc contract nsz arcp float %".139", %".142"
  %".144" = fmul reassoc contract nsz arcp float %".82", %".143"
  %".145" = fsub reassoc contract nsz arcp float %".141", %".144"
  %".146" = getelementptr inbounds float, ptr %".84", i64 %".136"
  store float %".145", ptr %".146", !alias.scope !6, !noalias !7
  %".148" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".150" = getelementptr inbounds float, ptr %".85", i64 0
  %".151" = load float, ptr %".150", !alias.scope !8, !noalias !9
  %".152" = fmul reassoc contract nsz arcp float %".82", %".121"
  %".153" = fsub reassoc contract nsz arcp float %".151", %".152"
  %".154" = getelementptr inbounds float, ptr %".85", i64 0
  store float %".153", ptr %".154", !alias.scope !8, !noalias !9
  br i1 %".14", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".157" = load i64, i64* %"push.left"
  %".158" = sub i64 %".157", 1
  store i64 %".158", i64* %"push.left"
  %".160" = icmp sle i64 %".158", 0
  br i1 %".160", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".181" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".176", %"cp.body.1"]
  %".163" = icmp slt i64 %"cp.1", 1
  br i1 %".163", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".165" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".166" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".167" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".168" = load float, ptr %".165"
  %".169" = load float, ptr %".166"
  %".170" = fsub float %".168", %".169"
  %".171" = fmul reassoc contract nsz arcp float %".170", %".13"
  %".172" = atomicrmw fadd ptr %".167", float %".171" monotonic
  %".173" = load atomic float, ptr %".167" monotonic, align 4
  store float %".173", ptr %".165"
  store float %".173", ptr %".166"
  %".176" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".201" = load double, double* %"loss.acc"
  store double %".201", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".198", %"cp.body.2"]
  %".185" = icmp slt i64 %"cp.2", 1
  br i1 %".185", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".187" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".188" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".189" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".190" = load float, ptr %".187"
  %".191" = load float, ptr %".188"
  %".192" = fsub float %".190", %".191"
  %".193" = fmul reassoc contract nsz arcp float %".192", %".13"
  %".194" = atomicrmw fadd ptr %".189", float %".193" monotonic
  %".195" = load atomic float, ptr %".189" monotonic, align 4
  store float %".195", ptr %".187"
  store float %".195", ptr %".188"
  %".198" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_ge_f32"(float %".1", float %".2")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".9"
  %"param.w.p" = inttoptr i64 %"param.w" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.b" = load i64, ptr %".11"
  %"param.b.p" = inttoptr i64 %"param.b" to ptr
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".13"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".19"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".20" = getelementptr inbounds i64, ptr %"slots", i64 4
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
  %".15" = load i64, ptr %".14", !alias.scope !4, !noalias !5
  %".16" = add i64 %"ex", 1
  %".17" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".16"
  %".18" = load i64, ptr %".17", !alias.scope !4, !noalias !5
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
  %".27" = load i32, ptr %".26", !alias.scope !4, !noalias !5
  %".28" = sext i32 %".27" to i64
  %".29" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".30" = load float, ptr %".29", !alias.scope !4, !noalias !5
  %".31" = getelementptr inbounds float, ptr %".10", i64 %".28"
  %".32" = load float, ptr %".31", !alias.scope !6, !noalias !7
  %".33" = fmul reassoc contract nsz arcp float %".32", %".30"
  %".34" = fadd reassoc contract nsz arcp float %".25", %".33"
  store float %".34", float* %"dd.acc"
  %".36" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".38" = load float, float* %"dd.acc"
  %".39" = getelementptr inbounds float, ptr %".12", i64 0
  %".40" = load float, ptr %".39", !alias.scope !8, !noalias !9
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
  %".13" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".13"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".16" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indptr.x" = load i64, ptr %".16"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".22"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 4
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
  %".15" = load float, ptr %".14", !alias.scope !4, !noalias !5
  %".17" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".18" = load i64, ptr %".17", !alias.scope !4, !noalias !5
  %".19" = add i64 %"ex", 1
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".19"
  %".21" = load i64, ptr %".20", !alias.scope !4, !noalias !5
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
  %".30" = load i32, ptr %".29", !alias.scope !4, !noalias !5
  %".31" = sext i32 %".30" to i64
  %".32" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".33" = load float, ptr %".32", !alias.scope !4, !noalias !5
  %".34" = getelementptr inbounds float, ptr %".10", i64 %".31"
  %".35" = load float, ptr %".34", !alias.scope !6, !noalias !7
  %".36" = fmul reassoc contract nsz arcp float %".35", %".33"
  %".37" = fadd reassoc contract nsz arcp float %".28", %".36"
  store float %".37", float* %"dd.acc"
  %".39" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".41" = load float, float* %"dd.acc"
  %".42" = getelementptr inbounds float, ptr %".12", i64 0
  %".43" = load float, ptr %".42", !alias.scope !8, !noalias !9
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
!4 = !{ !1 }
!5 = !{ !2, !3 }
!6 = !{ !2 }
!7 = !{ !1, !3 }
!8 = !{ !3 }
!9 = !{ !1, !2 }