; llvmlite 0.50.0
; ModuleID = "sgdc.least_squares"
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".178", %"sp.done.endif"]
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
  %".80" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".9"
  %".81" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".80"
  %".82" = fdiv float 0x3fa99999a0000000, %".81"
  %".84" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".85" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".86" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".76"
  %".87" = load i64, ptr %".86", !alias.scope !4, !noalias !5
  %".88" = add i64 %".76", 1
  %".89" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".88"
  %".90" = load i64, ptr %".89", !alias.scope !4, !noalias !5
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
dd.head:
  %"dd" = phi  i64 [%".87", %"ex.body"], [%".106", %"dd.body"]
  %".93" = icmp slt i64 %"dd", %".90"
  br i1 %".93", label %"dd.body", label %"dd.done"
dd.body:
  %".95" = load float, float* %"dd.acc"
  %".96" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".97" = load i32, ptr %".96", !alias.scope !4, !noalias !5
  %".98" = sext i32 %".97" to i64
  %".99" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".100" = load float, ptr %".99", !alias.scope !4, !noalias !5
  %".101" = getelementptr inbounds float, ptr %".84", i64 %".98"
  %".102" = load float, ptr %".101", !alias.scope !6, !noalias !7
  %".103" = fmul reassoc contract nsz arcp float %".102", %".100"
  %".104" = fadd reassoc contract nsz arcp float %".95", %".103"
  store float %".104", float* %"dd.acc"
  %".106" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".108" = load float, float* %"dd.acc"
  %".109" = getelementptr inbounds float, ptr %".85", i64 0
  %".110" = load float, ptr %".109", !alias.scope !8, !noalias !9
  %".111" = fadd reassoc contract nsz arcp float %".108", %".110"
  %".112" = getelementptr inbounds float, ptr %"field.y.p", i64 %".76"
  %".113" = load float, ptr %".112", !alias.scope !4, !noalias !5
  %".114" = fsub reassoc contract nsz arcp float %".111", %".113"
  %".115" = fmul reassoc contract nsz arcp float %".114", %".114"
  %".116" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".115"
  %".117" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".114"
  %".118" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".117"
  %".119" = fpext float %".116" to double
  %".120" = load double, double* %"loss.acc"
  %".121" = fadd double %".120", %".119"
  store double %".121", double* %"loss.acc"
  %".123" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".76"
  %".124" = load i64, ptr %".123", !alias.scope !4, !noalias !5
  %".125" = add i64 %".76", 1
  %".126" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".125"
  %".127" = load i64, ptr %".126", !alias.scope !4, !noalias !5
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".124", %"dd.done"], [%".145", %"sp.body"]
  %".129" = icmp slt i64 %"sp", %".127"
  br i1 %".129", label %"sp.body", label %"sp.done"
sp.body:
  %".131" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".132" = load i32, ptr %".131", !alias.scope !4, !noalias !5
  %".133" = sext i32 %".132" to i64
  %".134" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".135" = load float, ptr %".134", !alias.scope !4, !noalias !5
  %".136" = fmul reassoc contract nsz arcp float %".118", %".135"
  %".137" = getelementptr inbounds float, ptr %".84", i64 %".133"
  %".138" = load float, ptr %".137", !alias.scope !6, !noalias !7
  %".139" = fmul reassoc contract nsz arcp float 0x3eb0c6f7a0000000, %".138"
  %".140" = fadd reassoc contract nsz arcp float %".136", %".139"
  %".141" = fmul reassoc contract nsz arcp float %".82", %".140"
  %".142" = fsub reassoc contract nsz arcp float %".138", %".141"
  %".143" = getelementptr inbounds float, ptr %".84", i64 %".133"
  store float %".142", ptr %".143", !alias.scope !6, !noalias !7
  %".145" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".147" = getelementptr inbounds float, ptr %".85", i64 0
  %".148" = load float, ptr %".147", !alias.scope !8, !noalias !9
  %".149" = fmul reassoc contract nsz arcp float %".82", %".118"
  %".150" = fsub reassoc contract nsz arcp float %".148", %".149"
  %".151" = getelementptr inbounds float, ptr %".85", i64 0
  store float %".150", ptr %".151", !alias.scope !8, !noalias !9
  br i1 %".14", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".154" = load i64, i64* %"push.left"
  %".155" = sub i64 %".154", 1
  store i64 %".155", i64* %"push.left"
  %".157" = icmp sle i64 %".155", 0
  br i1 %".157", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".178" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".173", %"cp.body.1"]
  %".160" = icmp slt i64 %"cp.1", 1
  br i1 %".160", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".162" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".163" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".164" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".165" = load float, ptr %".162"
  %".166" = load float, ptr %".163"
  %".167" = fsub float %".165", %".166"
  %".168" = fmul reassoc contract nsz arcp float %".167", %".13"
  %".169" = atomicrmw fadd ptr %".164", float %".168" monotonic
  %".170" = load atomic float, ptr %".164" monotonic, align 4
  store float %".170", ptr %".162"
  store float %".170", ptr %".163"
  %".173" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".198" = load double, double* %"loss.acc"
  store double %".198", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".195", %"cp.body.2"]
  %".182" = icmp slt i64 %"cp.2", 1
  br i1 %".182", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".184" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".185" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".186" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".187" = load float, ptr %".184"
  %".188" = load float, ptr %".185"
  %".189" = fsub float %".187", %".188"
  %".190" = fmul reassoc contract nsz arcp float %".189", %".13"
  %".191" = atomicrmw fadd ptr %".186", float %".190" monotonic
  %".192" = load atomic float, ptr %".186" monotonic, align 4
  store float %".192", ptr %".184"
  store float %".192", ptr %".185"
  %".195" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

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
  %".42" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.y" = load i64, ptr %".42"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
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
  %".43" = getelementptr inbounds float, ptr %"field.y.p", i64 %"ex"
  %".44" = load float, ptr %".43", !alias.scope !4, !noalias !5
  %".45" = fsub reassoc contract nsz arcp float %".41", %".44"
  %".46" = fmul reassoc contract nsz arcp float %".45", %".45"
  %".47" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".46"
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
!4 = !{ !1 }
!5 = !{ !2, !3 }
!6 = !{ !2 }
!7 = !{ !1, !3 }
!8 = !{ !3 }
!9 = !{ !1, !2 }