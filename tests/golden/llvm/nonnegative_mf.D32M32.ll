; llvmlite 0.50.0
; ModuleID = "sgdc.nonnegative_mf"
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
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 25
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 26
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".17"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"master.mu" = load i64, ptr %".18"
  %"master.mu.p" = inttoptr i64 %"master.mu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 20
  %"base.mu" = load i64, ptr %".19"
  %"base.mu.p" = inttoptr i64 %"base.mu" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".41"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".44"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".47" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".47"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".59"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".67" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".67"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".76" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".76"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".89" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".89"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %".100" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".100"
  %"dot.acc" = alloca float
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
  %".23" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp"
  %".24" = load atomic float, ptr %".23" monotonic, align 4
  %".25" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp"
  store float %".24", ptr %".25"
  %".27" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp"
  store float %".24", ptr %".27"
  %".29" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".238", %"rows.done.endif"]
  %".33" = icmp slt i64 %"ex", %"end"
  br i1 %".33", label %"ex.body", label %"ex.done"
ex.body:
  %".35" = add i64 %"ex", 16
  %".36" = icmp slt i64 %".35", %"end"
  %".37" = select  i1 %".36", i64 %".35", i64 %"ex"
  %".38" = getelementptr inbounds i32, ptr %"order..p", i64 %".37"
  %".39" = load i32, ptr %".38"
  %".40" = sext i32 %".39" to i64
  %".42" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".42", i32 0, i32 3, i32 1)
  %".45" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".45", i32 0, i32 3, i32 1)
  %".48" = getelementptr inbounds i32, ptr %"field.r.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".50" = add i64 %"ex", 8
  %".51" = icmp slt i64 %".50", %"end"
  %".52" = select  i1 %".51", i64 %".50", i64 %"ex"
  %".53" = getelementptr inbounds i32, ptr %"order..p", i64 %".52"
  %".54" = load i32, ptr %".53"
  %".55" = sext i32 %".54" to i64
  %".56" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".55"
  %".57" = load i32, ptr %".56"
  %".58" = sext i32 %".57" to i64
  %".60" = mul i64 %".58", 1
  %".61" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".60"
  %".62" = getelementptr i8, ptr %".61", i64 0
  call void @"llvm.prefetch.p0"(ptr %".62", i32 0, i32 3, i32 1)
  %".64" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".55"
  %".65" = load i32, ptr %".64"
  %".66" = sext i32 %".65" to i64
  %".68" = mul i64 %".66", 1
  %".69" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".68"
  %".70" = getelementptr i8, ptr %".69", i64 0
  call void @"llvm.prefetch.p0"(ptr %".70", i32 0, i32 3, i32 1)
  %".72" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".55"
  %".73" = load i32, ptr %".72"
  %".74" = sext i32 %".73" to i64
  %".75" = mul i64 1, 32
  %".77" = mul i64 %".74", %".75"
  %".78" = getelementptr inbounds float, ptr %"param.L.p", i64 %".77"
  %".79" = getelementptr i8, ptr %".78", i64 0
  call void @"llvm.prefetch.p0"(ptr %".79", i32 0, i32 3, i32 1)
  %".81" = getelementptr i8, ptr %".78", i64 64
  call void @"llvm.prefetch.p0"(ptr %".81", i32 0, i32 3, i32 1)
  %".83" = getelementptr i8, ptr %".78", i64 127
  call void @"llvm.prefetch.p0"(ptr %".83", i32 0, i32 3, i32 1)
  %".85" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".55"
  %".86" = load i32, ptr %".85"
  %".87" = sext i32 %".86" to i64
  %".88" = mul i64 1, 32
  %".90" = mul i64 %".87", %".88"
  %".91" = getelementptr inbounds float, ptr %"param.R.p", i64 %".90"
  %".92" = getelementptr i8, ptr %".91", i64 0
  call void @"llvm.prefetch.p0"(ptr %".92", i32 0, i32 3, i32 1)
  %".94" = getelementptr i8, ptr %".91", i64 64
  call void @"llvm.prefetch.p0"(ptr %".94", i32 0, i32 3, i32 1)
  %".96" = getelementptr i8, ptr %".91", i64 127
  call void @"llvm.prefetch.p0"(ptr %".96", i32 0, i32 3, i32 1)
  %".98" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".98", !alias.scope !7, !noalias !8
  %".99" = sext i32 %"e" to i64
  %".101" = add i64 %"t0.", %"ex"
  %".102" = sitofp i64 %".101" to float
  %".103" = fmul reassoc contract nsz arcp float 0x3fe6666660000000, %".9"
  %".104" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".103"
  %".105" = fdiv float 0x3fa99999a0000000, %".104"
  %".106" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".107" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".99"
  %".108" = load i32, ptr %".107", !alias.scope !7, !noalias !8
  %".109" = sext i32 %".108" to i64
  %".110" = mul i64 %".109", 1
  %".111" = add i64 0, %".110"
  %".112" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".111"
  %".113" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".99"
  %".114" = load i32, ptr %".113", !alias.scope !7, !noalias !8
  %".115" = sext i32 %".114" to i64
  %".116" = mul i64 %".115", 1
  %".117" = add i64 0, %".116"
  %".118" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".117"
  %".119" = mul i64 1, 32
  %".120" = mul i64 %".109", %".119"
  %".121" = add i64 0, %".120"
  %".122" = getelementptr inbounds float, ptr %"param.L.p", i64 %".121"
  %".123" = mul i64 1, 32
  %".124" = mul i64 %".115", %".123"
  %".125" = add i64 0, %".124"
  %".126" = getelementptr inbounds float, ptr %"param.R.p", i64 %".125"
  %".127" = getelementptr inbounds float, ptr %".106", i64 0
  %".128" = load float, ptr %".127", !alias.scope !9, !noalias !10
  %".129" = getelementptr inbounds float, ptr %".112", i64 0
  %".130" = load float, ptr %".129", !alias.scope !11, !noalias !12
  %".131" = fadd reassoc contract nsz arcp float %".128", %".130"
  %".132" = getelementptr inbounds float, ptr %".118", i64 0
  %".133" = load float, ptr %".132", !alias.scope !13, !noalias !14
  %".134" = fadd reassoc contract nsz arcp float %".131", %".133"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".147", %"dot.body"]
  %".137" = icmp slt i64 %"dot", 32
  br i1 %".137", label %"dot.body", label %"dot.done"
dot.body:
  %".139" = load float, float* %"dot.acc"
  %".140" = getelementptr inbounds float, ptr %".122", i64 %"dot"
  %".141" = load float, ptr %".140", !alias.scope !15, !noalias !16
  %".142" = getelementptr inbounds float, ptr %".126", i64 %"dot"
  %".143" = load float, ptr %".142", !alias.scope !17, !noalias !18
  %".144" = fmul reassoc contract nsz arcp float %".141", %".143"
  %".145" = fadd reassoc contract nsz arcp float %".139", %".144"
  store float %".145", float* %"dot.acc"
  %".147" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".149" = load float, float* %"dot.acc"
  %".150" = fadd reassoc contract nsz arcp float %".134", %".149"
  %".151" = getelementptr inbounds float, ptr %"field.r.p", i64 %".99"
  %".152" = load float, ptr %".151", !alias.scope !7, !noalias !8
  %".153" = fsub reassoc contract nsz arcp float %".150", %".152"
  %".154" = fmul reassoc contract nsz arcp float %".153", %".153"
  %".155" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".153"
  %".156" = fpext float %".154" to double
  %".157" = load double, double* %"loss.acc"
  %".158" = fadd double %".157", %".156"
  store double %".158", double* %"loss.acc"
  %".160" = getelementptr inbounds float, ptr %".106", i64 0
  %".161" = load float, ptr %".160", !alias.scope !9, !noalias !10
  %".162" = fmul reassoc contract nsz arcp float %".105", %".155"
  %".163" = fsub reassoc contract nsz arcp float %".161", %".162"
  %".164" = getelementptr inbounds float, ptr %".106", i64 0
  store float %".163", ptr %".164", !alias.scope !9, !noalias !10
  %".166" = getelementptr inbounds float, ptr %".112", i64 0
  %".167" = load float, ptr %".166", !alias.scope !11, !noalias !12
  %".168" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".167"
  %".169" = fadd reassoc contract nsz arcp float %".155", %".168"
  %".170" = fmul reassoc contract nsz arcp float %".105", %".169"
  %".171" = fsub reassoc contract nsz arcp float %".167", %".170"
  %".172" = getelementptr inbounds float, ptr %".112", i64 0
  store float %".171", ptr %".172", !alias.scope !11, !noalias !12
  %".174" = getelementptr inbounds float, ptr %".118", i64 0
  %".175" = load float, ptr %".174", !alias.scope !13, !noalias !14
  %".176" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".175"
  %".177" = fadd reassoc contract nsz arcp float %".155", %".176"
  %".178" = fmul reassoc contract nsz arcp float %".105", %".177"
  %".179" = fsub reassoc contract nsz arcp float %".175", %".178"
  %".180" = getelementptr inbounds float, ptr %".118", i64 0
  store float %".179", ptr %".180", !alias.scope !13, !noalias !14
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"dot.done"], [%".211", %"rows.body"]
  %".183" = icmp slt i64 %"rows", 32
  br i1 %".183", label %"rows.body", label %"rows.done"
rows.body:
  %".185" = getelementptr inbounds float, ptr %".126", i64 %"rows"
  %".186" = load float, ptr %".185", !alias.scope !17, !noalias !18
  %".187" = fmul reassoc contract nsz arcp float %".155", %".186"
  %".188" = getelementptr inbounds float, ptr %".122", i64 %"rows"
  %".189" = load float, ptr %".188", !alias.scope !15, !noalias !16
  %".190" = fmul reassoc contract nsz arcp float %".155", %".189"
  %".191" = getelementptr inbounds float, ptr %".122", i64 %"rows"
  %".192" = load float, ptr %".191", !alias.scope !15, !noalias !16
  %".193" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".192"
  %".194" = fadd reassoc contract nsz arcp float %".187", %".193"
  %".195" = fmul reassoc contract nsz arcp float %".105", %".194"
  %".196" = fsub reassoc contract nsz arcp float %".192", %".195"
  %".197" = fcmp ogt float %".196",              0x0
  %".198" = select  i1 %".197", float %".196", float              0x0
  %".199" = getelementptr inbounds float, ptr %".122", i64 %"rows"
  store float %".198", ptr %".199", !alias.scope !15, !noalias !16
  %".201" = getelementptr inbounds float, ptr %".126", i64 %"rows"
  %".202" = load float, ptr %".201", !alias.scope !17, !noalias !18
  %".203" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".202"
  %".204" = fadd reassoc contract nsz arcp float %".190", %".203"
  %".205" = fmul reassoc contract nsz arcp float %".105", %".204"
  %".206" = fsub reassoc contract nsz arcp float %".202", %".205"
  %".207" = fcmp ogt float %".206",              0x0
  %".208" = select  i1 %".207", float %".206", float              0x0
  %".209" = getelementptr inbounds float, ptr %".126", i64 %"rows"
  store float %".208", ptr %".209", !alias.scope !17, !noalias !18
  %".211" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".14", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".214" = load i64, i64* %"push.left"
  %".215" = sub i64 %".214", 1
  store i64 %".215", i64* %"push.left"
  %".217" = icmp sle i64 %".215", 0
  br i1 %".217", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".238" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".233", %"cp.body.1"]
  %".220" = icmp slt i64 %"cp.1", 1
  br i1 %".220", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".222" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".223" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".224" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".225" = load float, ptr %".222"
  %".226" = load float, ptr %".223"
  %".227" = fsub float %".225", %".226"
  %".228" = fmul reassoc contract nsz arcp float %".227", %".13"
  %".229" = atomicrmw fadd ptr %".224", float %".228" monotonic
  %".230" = load atomic float, ptr %".224" monotonic, align 4
  store float %".230", ptr %".222"
  store float %".230", ptr %".223"
  %".233" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".258" = load double, double* %"loss.acc"
  store double %".258", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".255", %"cp.body.2"]
  %".242" = icmp slt i64 %"cp.2", 1
  br i1 %".242", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".244" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".245" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".246" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".247" = load float, ptr %".244"
  %".248" = load float, ptr %".245"
  %".249" = fsub float %".247", %".248"
  %".250" = fmul reassoc contract nsz arcp float %".249", %".13"
  %".251" = atomicrmw fadd ptr %".246", float %".250" monotonic
  %".252" = load atomic float, ptr %".246" monotonic, align 4
  store float %".252", ptr %".244"
  store float %".252", ptr %".245"
  %".255" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".64", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 32
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds float, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 32
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds float, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds float, ptr %".18", i64 0
  %".40" = load float, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = fadd reassoc contract nsz arcp float %".38", %".40"
  %".42" = getelementptr inbounds float, ptr %".26", i64 0
  %".43" = load float, ptr %".42", !alias.scope !13, !noalias !14
  %".44" = fadd reassoc contract nsz arcp float %".41", %".43"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".57", %"dot.body"]
  %".47" = icmp slt i64 %"dot", 32
  br i1 %".47", label %"dot.body", label %"dot.done"
dot.body:
  %".49" = load float, float* %"dot.acc"
  %".50" = getelementptr inbounds float, ptr %".31", i64 %"dot"
  %".51" = load float, ptr %".50", !alias.scope !15, !noalias !16
  %".52" = getelementptr inbounds float, ptr %".36", i64 %"dot"
  %".53" = load float, ptr %".52", !alias.scope !17, !noalias !18
  %".54" = fmul reassoc contract nsz arcp float %".51", %".53"
  %".55" = fadd reassoc contract nsz arcp float %".49", %".54"
  store float %".55", float* %"dot.acc"
  %".57" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".59" = load float, float* %"dot.acc"
  %".60" = fadd reassoc contract nsz arcp float %".44", %".59"
  %".61" = fpext float %".60" to double
  %".62" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".61", ptr %".62"
  %".64" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"dot.acc" = alloca float
  %".61" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".61"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".69", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 32
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds float, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 32
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds float, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds float, ptr %".18", i64 0
  %".40" = load float, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = fadd reassoc contract nsz arcp float %".38", %".40"
  %".42" = getelementptr inbounds float, ptr %".26", i64 0
  %".43" = load float, ptr %".42", !alias.scope !13, !noalias !14
  %".44" = fadd reassoc contract nsz arcp float %".41", %".43"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".57", %"dot.body"]
  %".47" = icmp slt i64 %"dot", 32
  br i1 %".47", label %"dot.body", label %"dot.done"
dot.body:
  %".49" = load float, float* %"dot.acc"
  %".50" = getelementptr inbounds float, ptr %".31", i64 %"dot"
  %".51" = load float, ptr %".50", !alias.scope !15, !noalias !16
  %".52" = getelementptr inbounds float, ptr %".36", i64 %"dot"
  %".53" = load float, ptr %".52", !alias.scope !17, !noalias !18
  %".54" = fmul reassoc contract nsz arcp float %".51", %".53"
  %".55" = fadd reassoc contract nsz arcp float %".49", %".54"
  store float %".55", float* %"dot.acc"
  %".57" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".59" = load float, float* %"dot.acc"
  %".60" = fadd reassoc contract nsz arcp float %".44", %".59"
  %".62" = getelementptr inbounds float, ptr %"field.r.p", i64 %"ex"
  %".63" = load float, ptr %".62", !alias.scope !7, !noalias !8
  %".64" = fsub reassoc contract nsz arcp float %".60", %".63"
  %".65" = fmul reassoc contract nsz arcp float %".64", %".64"
  %".66" = fpext float %".65" to double
  %".67" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".66", ptr %".67"
  %".69" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.mu", !0 }
!3 = !{ !"sgdc.buffer.bu", !0 }
!4 = !{ !"sgdc.buffer.bi", !0 }
!5 = !{ !"sgdc.buffer.L", !0 }
!6 = !{ !"sgdc.buffer.R", !0 }
!7 = !{ !1 }
!8 = !{ !2, !3, !4, !5, !6 }
!9 = !{ !2 }
!10 = !{ !1, !3, !4, !5, !6 }
!11 = !{ !3 }
!12 = !{ !1, !2, !4, !5, !6 }
!13 = !{ !4 }
!14 = !{ !1, !2, !3, !5, !6 }
!15 = !{ !5 }
!16 = !{ !1, !2, !3, !4, !6 }
!17 = !{ !6 }
!18 = !{ !1, !2, !3, !4, !5 }