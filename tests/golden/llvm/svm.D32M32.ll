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
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"indices.x" = load i64, ptr %".59"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".77" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"values.x" = load i64, ptr %".77"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".97" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"t0." = load i64, ptr %".97"
  %".103" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.w" = load i64, ptr %".103"
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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".202", %"sp.done.endif"]
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
  %"e" = load i32, ptr %".95", !alias.scope !4, !noalias !5
  %".96" = sext i32 %"e" to i64
  %".98" = add i64 %"t0.", %"ex"
  %".99" = sitofp i64 %".98" to float
  %".100" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".9"
  %".101" = fmul reassoc contract nsz arcp float %".100", %".100"
  %".102" = fdiv float 0x3fa99999a0000000, %".101"
  %".104" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".105" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".106" = getelementptr inbounds float, ptr %"field.y.p", i64 %".96"
  %".107" = load float, ptr %".106", !alias.scope !4, !noalias !5
  %".108" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".109" = load i64, ptr %".108", !alias.scope !4, !noalias !5
  %".110" = add i64 %".96", 1
  %".111" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".110"
  %".112" = load i64, ptr %".111", !alias.scope !4, !noalias !5
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
dd.head:
  %"dd" = phi  i64 [%".109", %"pfs.done.1"], [%".128", %"dd.body"]
  %".115" = icmp slt i64 %"dd", %".112"
  br i1 %".115", label %"dd.body", label %"dd.done"
dd.body:
  %".117" = load float, float* %"dd.acc"
  %".118" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".119" = load i32, ptr %".118", !alias.scope !4, !noalias !5
  %".120" = sext i32 %".119" to i64
  %".121" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".122" = load float, ptr %".121", !alias.scope !4, !noalias !5
  %".123" = getelementptr inbounds float, ptr %".104", i64 %".120"
  %".124" = load float, ptr %".123", !alias.scope !6, !noalias !7
  %".125" = fmul reassoc contract nsz arcp float %".124", %".122"
  %".126" = fadd reassoc contract nsz arcp float %".117", %".125"
  store float %".126", float* %"dd.acc"
  %".128" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".130" = load float, float* %"dd.acc"
  %".131" = getelementptr inbounds float, ptr %".105", i64 0
  %".132" = load float, ptr %".131", !alias.scope !8, !noalias !9
  %".133" = fadd reassoc contract nsz arcp float %".130", %".132"
  %".134" = fmul reassoc contract nsz arcp float %".107", %".133"
  %".135" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".134"
  %".136" = fcmp oge float              0x0, %".135"
  %".137" = select  i1 %".136", float              0x0, float %".135"
  %".138" = call float @"sgdc_ge_f32"(float              0x0, float %".135")
  %".139" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".138"
  %".140" = fneg float %".139"
  %".141" = fmul reassoc contract nsz arcp float %".140", %".107"
  %".142" = fpext float %".137" to double
  %".143" = load double, double* %"loss.acc"
  %".144" = fadd double %".143", %".142"
  store double %".144", double* %"loss.acc"
  %".146" = fmul reassoc contract nsz arcp float %".102", 0x3ee4f8b580000000
  %".147" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".146"
  %".148" = fmul reassoc contract nsz arcp float %".102", %".141"
  %".149" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".150" = load i64, ptr %".149", !alias.scope !4, !noalias !5
  %".151" = add i64 %".96", 1
  %".152" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".151"
  %".153" = load i64, ptr %".152", !alias.scope !4, !noalias !5
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".150", %"dd.done"], [%".169", %"sp.body"]
  %".155" = icmp slt i64 %"sp", %".153"
  br i1 %".155", label %"sp.body", label %"sp.done"
sp.body:
  %".157" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".158" = load i32, ptr %".157", !alias.scope !4, !noalias !5
  %".159" = sext i32 %".158" to i64
  %".160" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".161" = load float, ptr %".160", !alias.scope !4, !noalias !5
  %".162" = getelementptr inbounds float, ptr %".104", i64 %".159"
  %".163" = load float, ptr %".162", !alias.scope !6, !noalias !7
  %".164" = fmul reassoc contract nsz arcp float %".163", %".147"
  %".165" = fmul reassoc contract nsz arcp float %".148", %".161"
  %".166" = fsub reassoc contract nsz arcp float %".164", %".165"
  %".167" = getelementptr inbounds float, ptr %".104", i64 %".159"
  store float %".166", ptr %".167", !alias.scope !6, !noalias !7
  %".169" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".171" = getelementptr inbounds float, ptr %".105", i64 0
  %".172" = load float, ptr %".171", !alias.scope !8, !noalias !9
  %".173" = fmul reassoc contract nsz arcp float %".102", %".141"
  %".174" = fsub reassoc contract nsz arcp float %".172", %".173"
  %".175" = getelementptr inbounds float, ptr %".105", i64 0
  store float %".174", ptr %".175", !alias.scope !8, !noalias !9
  br i1 %".14", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".178" = load i64, i64* %"push.left"
  %".179" = sub i64 %".178", 1
  store i64 %".179", i64* %"push.left"
  %".181" = icmp sle i64 %".179", 0
  br i1 %".181", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".202" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".197", %"cp.body.1"]
  %".184" = icmp slt i64 %"cp.1", 1
  br i1 %".184", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".186" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".187" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".188" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".189" = load float, ptr %".186"
  %".190" = load float, ptr %".187"
  %".191" = fsub float %".189", %".190"
  %".192" = fmul reassoc contract nsz arcp float %".191", %".13"
  %".193" = atomicrmw fadd ptr %".188", float %".192" monotonic
  %".194" = load atomic float, ptr %".188" monotonic, align 4
  store float %".194", ptr %".186"
  store float %".194", ptr %".187"
  %".197" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".222" = load double, double* %"loss.acc"
  store double %".222", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".219", %"cp.body.2"]
  %".206" = icmp slt i64 %"cp.2", 1
  br i1 %".206", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".208" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".209" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".210" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".211" = load float, ptr %".208"
  %".212" = load float, ptr %".209"
  %".213" = fsub float %".211", %".212"
  %".214" = fmul reassoc contract nsz arcp float %".213", %".13"
  %".215" = atomicrmw fadd ptr %".210", float %".214" monotonic
  %".216" = load atomic float, ptr %".210" monotonic, align 4
  store float %".216", ptr %".208"
  store float %".216", ptr %".209"
  %".219" = add i64 %"cp.2", 1
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