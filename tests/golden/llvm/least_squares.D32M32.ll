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
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".199", %"sp.done.endif"]
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
  %".100" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".9"
  %".101" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".100"
  %".102" = fdiv float 0x3fa99999a0000000, %".101"
  %".104" = getelementptr inbounds float, ptr %"param.w.p", i64 0
  %".105" = getelementptr inbounds float, ptr %"param.b.p", i64 0
  %".106" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".107" = load i64, ptr %".106", !alias.scope !4, !noalias !5
  %".108" = add i64 %".96", 1
  %".109" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".108"
  %".110" = load i64, ptr %".109", !alias.scope !4, !noalias !5
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
dd.head:
  %"dd" = phi  i64 [%".107", %"pfs.done.1"], [%".126", %"dd.body"]
  %".113" = icmp slt i64 %"dd", %".110"
  br i1 %".113", label %"dd.body", label %"dd.done"
dd.body:
  %".115" = load float, float* %"dd.acc"
  %".116" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".117" = load i32, ptr %".116", !alias.scope !4, !noalias !5
  %".118" = sext i32 %".117" to i64
  %".119" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".120" = load float, ptr %".119", !alias.scope !4, !noalias !5
  %".121" = getelementptr inbounds float, ptr %".104", i64 %".118"
  %".122" = load float, ptr %".121", !alias.scope !6, !noalias !7
  %".123" = fmul reassoc contract nsz arcp float %".122", %".120"
  %".124" = fadd reassoc contract nsz arcp float %".115", %".123"
  store float %".124", float* %"dd.acc"
  %".126" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".128" = load float, float* %"dd.acc"
  %".129" = getelementptr inbounds float, ptr %".105", i64 0
  %".130" = load float, ptr %".129", !alias.scope !8, !noalias !9
  %".131" = fadd reassoc contract nsz arcp float %".128", %".130"
  %".132" = getelementptr inbounds float, ptr %"field.y.p", i64 %".96"
  %".133" = load float, ptr %".132", !alias.scope !4, !noalias !5
  %".134" = fsub reassoc contract nsz arcp float %".131", %".133"
  %".135" = fmul reassoc contract nsz arcp float %".134", %".134"
  %".136" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".135"
  %".137" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".134"
  %".138" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".137"
  %".139" = fpext float %".136" to double
  %".140" = load double, double* %"loss.acc"
  %".141" = fadd double %".140", %".139"
  store double %".141", double* %"loss.acc"
  %".143" = fmul reassoc contract nsz arcp float %".102", 0x3eb0c6f7a0000000
  %".144" = fsub reassoc contract nsz arcp float 0x3ff0000000000000, %".143"
  %".145" = fmul reassoc contract nsz arcp float %".102", %".138"
  %".146" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".96"
  %".147" = load i64, ptr %".146", !alias.scope !4, !noalias !5
  %".148" = add i64 %".96", 1
  %".149" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".148"
  %".150" = load i64, ptr %".149", !alias.scope !4, !noalias !5
  br label %"sp.head"
sp.head:
  %"sp" = phi  i64 [%".147", %"dd.done"], [%".166", %"sp.body"]
  %".152" = icmp slt i64 %"sp", %".150"
  br i1 %".152", label %"sp.body", label %"sp.done"
sp.body:
  %".154" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".155" = load i32, ptr %".154", !alias.scope !4, !noalias !5
  %".156" = sext i32 %".155" to i64
  %".157" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".158" = load float, ptr %".157", !alias.scope !4, !noalias !5
  %".159" = getelementptr inbounds float, ptr %".104", i64 %".156"
  %".160" = load float, ptr %".159", !alias.scope !6, !noalias !7
  %".161" = fmul reassoc contract nsz arcp float %".160", %".144"
  %".162" = fmul reassoc contract nsz arcp float %".145", %".158"
  %".163" = fsub reassoc contract nsz arcp float %".161", %".162"
  %".164" = getelementptr inbounds float, ptr %".104", i64 %".156"
  store float %".163", ptr %".164", !alias.scope !6, !noalias !7
  %".166" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".168" = getelementptr inbounds float, ptr %".105", i64 0
  %".169" = load float, ptr %".168", !alias.scope !8, !noalias !9
  %".170" = fmul reassoc contract nsz arcp float %".102", %".138"
  %".171" = fsub reassoc contract nsz arcp float %".169", %".170"
  %".172" = getelementptr inbounds float, ptr %".105", i64 0
  store float %".171", ptr %".172", !alias.scope !8, !noalias !9
  br i1 %".14", label %"sp.done.if", label %"sp.done.endif"
sp.done.if:
  %".175" = load i64, i64* %"push.left"
  %".176" = sub i64 %".175", 1
  store i64 %".176", i64* %"push.left"
  %".178" = icmp sle i64 %".176", 0
  br i1 %".178", label %"sp.done.if.if", label %"sp.done.if.endif"
sp.done.endif:
  %".199" = add i64 %"ex", 1
  br label %"ex.head"
sp.done.if.if:
  br label %"cp.head.1"
sp.done.if.endif:
  br label %"sp.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"sp.done.if.if"], [%".194", %"cp.body.1"]
  %".181" = icmp slt i64 %"cp.1", 1
  br i1 %".181", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".183" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.1"
  %".184" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.1"
  %".185" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.1"
  %".186" = load float, ptr %".183"
  %".187" = load float, ptr %".184"
  %".188" = fsub float %".186", %".187"
  %".189" = fmul reassoc contract nsz arcp float %".188", %".13"
  %".190" = atomicrmw fadd ptr %".185", float %".189" monotonic
  %".191" = load atomic float, ptr %".185" monotonic, align 4
  store float %".191", ptr %".183"
  store float %".191", ptr %".184"
  %".194" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"sp.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".219" = load double, double* %"loss.acc"
  store double %".219", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".216", %"cp.body.2"]
  %".203" = icmp slt i64 %"cp.2", 1
  br i1 %".203", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".205" = getelementptr inbounds float, ptr %"param.b.p", i64 %"cp.2"
  %".206" = getelementptr inbounds float, ptr %"base.b.p", i64 %"cp.2"
  %".207" = getelementptr inbounds float, ptr %"master.b.p", i64 %"cp.2"
  %".208" = load float, ptr %".205"
  %".209" = load float, ptr %".206"
  %".210" = fsub float %".208", %".209"
  %".211" = fmul reassoc contract nsz arcp float %".210", %".13"
  %".212" = atomicrmw fadd ptr %".207", float %".211" monotonic
  %".213" = load atomic float, ptr %".207" monotonic, align 4
  store float %".213", ptr %".205"
  store float %".213", ptr %".206"
  %".216" = add i64 %"cp.2", 1
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