; llvmlite 0.50.0
; ModuleID = "sgdc.bpr"
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
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.u" = load i64, ptr %".22"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.i" = load i64, ptr %".25"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".37" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".37"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.P" = load i64, ptr %".46"
  %"param.P.p" = inttoptr i64 %"param.P" to ptr
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.Q" = load i64, ptr %".59"
  %"param.Q.p" = inttoptr i64 %"param.Q" to ptr
  %".70" = getelementptr inbounds i64, ptr %"slots", i64 13
  %"t0." = load i64, ptr %".70"
  %".98" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.items" = load i64, ptr %".98"
  %"dot.acc" = alloca float
  %"dot.acc.1" = alloca float
  %".195" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.P.g2" = load i64, ptr %".195"
  %"param.P.g2.p" = inttoptr i64 %"param.P.g2" to ptr
  %".223" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.Q.g2" = load i64, ptr %".223"
  %"param.Q.g2.p" = inttoptr i64 %"param.Q.g2" to ptr
  %".282" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"param.bi.g2" = load i64, ptr %".282"
  %"param.bi.g2.p" = inttoptr i64 %"param.bi.g2" to ptr
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".331", %"rows.done"]
  %".14" = icmp slt i64 %"ex", %"end"
  br i1 %".14", label %"ex.body", label %"ex.done"
ex.body:
  %".16" = add i64 %"ex", 16
  %".17" = icmp slt i64 %".16", %"end"
  %".18" = select  i1 %".17", i64 %".16", i64 %"ex"
  %".19" = getelementptr inbounds i32, ptr %"order..p", i64 %".18"
  %".20" = load i32, ptr %".19"
  %".21" = sext i32 %".20" to i64
  %".23" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".26" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = add i64 %"ex", 8
  %".29" = icmp slt i64 %".28", %"end"
  %".30" = select  i1 %".29", i64 %".28", i64 %"ex"
  %".31" = getelementptr inbounds i32, ptr %"order..p", i64 %".30"
  %".32" = load i32, ptr %".31"
  %".33" = sext i32 %".32" to i64
  %".34" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".33"
  %".35" = load i32, ptr %".34"
  %".36" = sext i32 %".35" to i64
  %".38" = mul i64 %".36", 1
  %".39" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".38"
  %".40" = getelementptr i8, ptr %".39", i64 0
  call void @"llvm.prefetch.p0"(ptr %".40", i32 0, i32 3, i32 1)
  %".42" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".33"
  %".43" = load i32, ptr %".42"
  %".44" = sext i32 %".43" to i64
  %".45" = mul i64 1, 32
  %".47" = mul i64 %".44", %".45"
  %".48" = getelementptr inbounds float, ptr %"param.P.p", i64 %".47"
  %".49" = getelementptr i8, ptr %".48", i64 0
  call void @"llvm.prefetch.p0"(ptr %".49", i32 0, i32 3, i32 1)
  %".51" = getelementptr i8, ptr %".48", i64 64
  call void @"llvm.prefetch.p0"(ptr %".51", i32 0, i32 3, i32 1)
  %".53" = getelementptr i8, ptr %".48", i64 127
  call void @"llvm.prefetch.p0"(ptr %".53", i32 0, i32 3, i32 1)
  %".55" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".33"
  %".56" = load i32, ptr %".55"
  %".57" = sext i32 %".56" to i64
  %".58" = mul i64 1, 32
  %".60" = mul i64 %".57", %".58"
  %".61" = getelementptr inbounds float, ptr %"param.Q.p", i64 %".60"
  %".62" = getelementptr i8, ptr %".61", i64 0
  call void @"llvm.prefetch.p0"(ptr %".62", i32 0, i32 3, i32 1)
  %".64" = getelementptr i8, ptr %".61", i64 64
  call void @"llvm.prefetch.p0"(ptr %".64", i32 0, i32 3, i32 1)
  %".66" = getelementptr i8, ptr %".61", i64 127
  call void @"llvm.prefetch.p0"(ptr %".66", i32 0, i32 3, i32 1)
  %".68" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".68", !alias.scope !8, !noalias !9
  %".69" = sext i32 %"e" to i64
  %".71" = add i64 %"t0.", %"ex"
  %".72" = sitofp i64 %".71" to float
  %".73" = load i32, i32* %"rng.state"
  %".74" = shl i32 %".73", 13
  %".75" = xor i32 %".73", %".74"
  %".76" = lshr i32 %".75", 17
  %".77" = xor i32 %".75", %".76"
  %".78" = shl i32 %".77", 5
  %".79" = xor i32 %".77", %".78"
  store i32 %".79", i32* %"rng.state"
  %".81" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".69"
  %".82" = load i32, ptr %".81", !alias.scope !8, !noalias !9
  %".83" = sext i32 %".82" to i64
  %".84" = mul i64 %".83", 1
  %".85" = add i64 0, %".84"
  %".86" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".85"
  %".87" = mul i64 1, 32
  %".88" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".69"
  %".89" = load i32, ptr %".88", !alias.scope !8, !noalias !9
  %".90" = sext i32 %".89" to i64
  %".91" = mul i64 %".90", %".87"
  %".92" = add i64 0, %".91"
  %".93" = getelementptr inbounds float, ptr %"param.P.p", i64 %".92"
  %".94" = mul i64 1, 32
  %".95" = mul i64 %".83", %".94"
  %".96" = add i64 0, %".95"
  %".97" = getelementptr inbounds float, ptr %"param.Q.p", i64 %".96"
  %".99" = xor i32 %".79", 2513146204
  %".100" = lshr i32 %".99", 16
  %".101" = xor i32 %".99", %".100"
  %".102" = mul i32 %".101", 2146121005
  %".103" = lshr i32 %".102", 15
  %".104" = xor i32 %".102", %".103"
  %".105" = mul i32 %".104", 2221713035
  %".106" = lshr i32 %".105", 16
  %".107" = xor i32 %".105", %".106"
  %".108" = zext i32 %".107" to i64
  %".109" = mul i64 %".108", %"dim.items"
  %".110" = lshr i64 %".109", 32
  %".111" = mul i64 %".110", 1
  %".112" = add i64 0, %".111"
  %".113" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".112"
  %".114" = mul i64 1, 32
  %".115" = mul i64 %".110", %".114"
  %".116" = add i64 0, %".115"
  %".117" = getelementptr inbounds float, ptr %"param.Q.p", i64 %".116"
  %".118" = getelementptr inbounds float, ptr %".86", i64 0
  %".119" = load float, ptr %".118", !alias.scope !10, !noalias !11
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  %".333" = load double, double* %"loss.acc"
  store double %".333", ptr %"out"
  %".335" = load i32, i32* %"rng.state"
  store i32 %".335", ptr %"rng..p"
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".132", %"dot.body"]
  %".122" = icmp slt i64 %"dot", 32
  br i1 %".122", label %"dot.body", label %"dot.done"
dot.body:
  %".124" = load float, float* %"dot.acc"
  %".125" = getelementptr inbounds float, ptr %".93", i64 %"dot"
  %".126" = load float, ptr %".125", !alias.scope !12, !noalias !13
  %".127" = getelementptr inbounds float, ptr %".97", i64 %"dot"
  %".128" = load float, ptr %".127", !alias.scope !14, !noalias !15
  %".129" = fmul reassoc contract nsz arcp float %".126", %".128"
  %".130" = fadd reassoc contract nsz arcp float %".124", %".129"
  store float %".130", float* %"dot.acc"
  %".132" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".134" = load float, float* %"dot.acc"
  %".135" = fadd reassoc contract nsz arcp float %".119", %".134"
  %".136" = getelementptr inbounds float, ptr %".113", i64 0
  %".137" = load float, ptr %".136", !alias.scope !10, !noalias !11
  store float              0x0, float* %"dot.acc.1"
  br label %"dot.head.1"
dot.head.1:
  %"dot.1" = phi  i64 [0, %"dot.done"], [%".150", %"dot.body.1"]
  %".140" = icmp slt i64 %"dot.1", 32
  br i1 %".140", label %"dot.body.1", label %"dot.done.1"
dot.body.1:
  %".142" = load float, float* %"dot.acc.1"
  %".143" = getelementptr inbounds float, ptr %".93", i64 %"dot.1"
  %".144" = load float, ptr %".143", !alias.scope !12, !noalias !13
  %".145" = getelementptr inbounds float, ptr %".117", i64 %"dot.1"
  %".146" = load float, ptr %".145", !alias.scope !14, !noalias !15
  %".147" = fmul reassoc contract nsz arcp float %".144", %".146"
  %".148" = fadd reassoc contract nsz arcp float %".142", %".147"
  store float %".148", float* %"dot.acc.1"
  %".150" = add i64 %"dot.1", 1
  br label %"dot.head.1"
dot.done.1:
  %".152" = load float, float* %"dot.acc.1"
  %".153" = fadd reassoc contract nsz arcp float %".137", %".152"
  %".154" = fsub reassoc contract nsz arcp float %".135", %".153"
  %".155" = fneg float %".154"
  %".156" = call float @"sgdc_softplus_f32"(float %".155")
  %".157" = call float @"sgdc_sigmoid_f32"(float %".155")
  %".158" = fneg float %".157"
  %".159" = fpext float %".156" to double
  %".160" = load double, double* %"loss.acc"
  %".161" = fadd double %".160", %".159"
  store double %".161", double* %"loss.acc"
  %".163" = icmp eq i64 %".110", %".83"
  %".164" = and i1 1, %".163"
  %".165" = or i1 0, %".164"
  %".166" = select  i1 %".165", float              0x0, float 0x3ff0000000000000
  %".167" = icmp eq i64 %".110", %".83"
  %".168" = and i1 1, %".167"
  %".169" = or i1 0, %".168"
  %".170" = select  i1 %".169", float              0x0, float 0x3ff0000000000000
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"dot.done.1"], [%".272", %"rows.body"]
  %".172" = icmp slt i64 %"rows", 32
  br i1 %".172", label %"rows.body", label %"rows.done"
rows.body:
  %".174" = getelementptr inbounds float, ptr %".117", i64 %"rows"
  %".175" = load float, ptr %".174", !alias.scope !14, !noalias !15
  %".176" = fmul reassoc contract nsz arcp float %".157", %".175"
  %".177" = getelementptr inbounds float, ptr %".97", i64 %"rows"
  %".178" = load float, ptr %".177", !alias.scope !14, !noalias !15
  %".179" = fmul reassoc contract nsz arcp float %".158", %".178"
  %".180" = fadd reassoc contract nsz arcp float %".176", %".179"
  %".181" = getelementptr inbounds float, ptr %".93", i64 %"rows"
  %".182" = load float, ptr %".181", !alias.scope !12, !noalias !13
  %".183" = fmul reassoc contract nsz arcp float %".158", %".182"
  %".184" = getelementptr inbounds float, ptr %".93", i64 %"rows"
  %".185" = load float, ptr %".184", !alias.scope !12, !noalias !13
  %".186" = fmul reassoc contract nsz arcp float %".157", %".185"
  %".187" = getelementptr inbounds float, ptr %".93", i64 %"rows"
  %".188" = load float, ptr %".187", !alias.scope !12, !noalias !13
  %".189" = fmul reassoc contract nsz arcp float 0x3f847ae140000000, %".188"
  %".190" = fadd reassoc contract nsz arcp float %".180", %".189"
  %".191" = ptrtoint ptr %".93" to i64
  %".192" = ptrtoint ptr %"param.P.p" to i64
  %".193" = sub i64 %".191", %".192"
  %".194" = sdiv i64 %".193", 4
  %".196" = getelementptr inbounds float, ptr %"param.P.g2.p", i64 %".194"
  %".197" = getelementptr inbounds float, ptr %".196", i64 %"rows"
  %".198" = load float, ptr %".197", !alias.scope !16, !noalias !17
  %".199" = fmul reassoc contract nsz arcp float %".190", %".190"
  %".200" = fadd reassoc contract nsz arcp float %".198", %".199"
  %".201" = ptrtoint ptr %".93" to i64
  %".202" = ptrtoint ptr %"param.P.p" to i64
  %".203" = sub i64 %".201", %".202"
  %".204" = sdiv i64 %".203", 4
  %".205" = getelementptr inbounds float, ptr %"param.P.g2.p", i64 %".204"
  %".206" = getelementptr inbounds float, ptr %".205", i64 %"rows"
  store float %".200", ptr %".206", !alias.scope !16, !noalias !17
  %".208" = fadd reassoc contract nsz arcp float %".200", 0x3e45798ee0000000
  %".209" = call float @"llvm.sqrt.f32"(float %".208")
  %".210" = fdiv reassoc contract nsz arcp float %".190", %".209"
  %".211" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".210"
  %".212" = fsub reassoc contract nsz arcp float %".188", %".211"
  %".213" = getelementptr inbounds float, ptr %".93", i64 %"rows"
  store float %".212", ptr %".213", !alias.scope !12, !noalias !13
  %".215" = getelementptr inbounds float, ptr %".97", i64 %"rows"
  %".216" = load float, ptr %".215", !alias.scope !14, !noalias !15
  %".217" = fmul reassoc contract nsz arcp float 0x3f847ae140000000, %".216"
  %".218" = fadd reassoc contract nsz arcp float %".183", %".217"
  %".219" = ptrtoint ptr %".97" to i64
  %".220" = ptrtoint ptr %"param.Q.p" to i64
  %".221" = sub i64 %".219", %".220"
  %".222" = sdiv i64 %".221", 4
  %".224" = getelementptr inbounds float, ptr %"param.Q.g2.p", i64 %".222"
  %".225" = getelementptr inbounds float, ptr %".224", i64 %"rows"
  %".226" = load float, ptr %".225", !alias.scope !18, !noalias !19
  %".227" = fmul reassoc contract nsz arcp float %".218", %".218"
  %".228" = fadd reassoc contract nsz arcp float %".226", %".227"
  %".229" = ptrtoint ptr %".97" to i64
  %".230" = ptrtoint ptr %"param.Q.p" to i64
  %".231" = sub i64 %".229", %".230"
  %".232" = sdiv i64 %".231", 4
  %".233" = getelementptr inbounds float, ptr %"param.Q.g2.p", i64 %".232"
  %".234" = getelementptr inbounds float, ptr %".233", i64 %"rows"
  store float %".228", ptr %".234", !alias.scope !18, !noalias !19
  %".236" = fadd reassoc contract nsz arcp float %".228", 0x3e45798ee0000000
  %".237" = call float @"llvm.sqrt.f32"(float %".236")
  %".238" = fdiv reassoc contract nsz arcp float %".218", %".237"
  %".239" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".238"
  %".240" = fsub reassoc contract nsz arcp float %".216", %".239"
  %".241" = getelementptr inbounds float, ptr %".97", i64 %"rows"
  store float %".240", ptr %".241", !alias.scope !14, !noalias !15
  %".243" = getelementptr inbounds float, ptr %".117", i64 %"rows"
  %".244" = load float, ptr %".243", !alias.scope !14, !noalias !15
  %".245" = fmul reassoc contract nsz arcp float 0x3f847ae140000000, %".166"
  %".246" = fmul reassoc contract nsz arcp float              0x0, %".166"
  %".247" = fmul reassoc contract nsz arcp float %".245", %".244"
  %".248" = fadd reassoc contract nsz arcp float %".186", %".247"
  %".249" = ptrtoint ptr %".117" to i64
  %".250" = ptrtoint ptr %"param.Q.p" to i64
  %".251" = sub i64 %".249", %".250"
  %".252" = sdiv i64 %".251", 4
  %".253" = getelementptr inbounds float, ptr %"param.Q.g2.p", i64 %".252"
  %".254" = getelementptr inbounds float, ptr %".253", i64 %"rows"
  %".255" = load float, ptr %".254", !alias.scope !18, !noalias !19
  %".256" = fmul reassoc contract nsz arcp float %".248", %".248"
  %".257" = fadd reassoc contract nsz arcp float %".255", %".256"
  %".258" = ptrtoint ptr %".117" to i64
  %".259" = ptrtoint ptr %"param.Q.p" to i64
  %".260" = sub i64 %".258", %".259"
  %".261" = sdiv i64 %".260", 4
  %".262" = getelementptr inbounds float, ptr %"param.Q.g2.p", i64 %".261"
  %".263" = getelementptr inbounds float, ptr %".262", i64 %"rows"
  store float %".257", ptr %".263", !alias.scope !18, !noalias !19
  %".265" = fadd reassoc contract nsz arcp float %".257", 0x3e45798ee0000000
  %".266" = call float @"llvm.sqrt.f32"(float %".265")
  %".267" = fdiv reassoc contract nsz arcp float %".248", %".266"
  %".268" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".267"
  %".269" = fsub reassoc contract nsz arcp float %".244", %".268"
  %".270" = getelementptr inbounds float, ptr %".117", i64 %"rows"
  store float %".269", ptr %".270", !alias.scope !14, !noalias !15
  %".272" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".274" = getelementptr inbounds float, ptr %".86", i64 0
  %".275" = load float, ptr %".274", !alias.scope !10, !noalias !11
  %".276" = fmul reassoc contract nsz arcp float 0x3f847ae140000000, %".275"
  %".277" = fadd reassoc contract nsz arcp float %".158", %".276"
  %".278" = ptrtoint ptr %".86" to i64
  %".279" = ptrtoint ptr %"param.bi.p" to i64
  %".280" = sub i64 %".278", %".279"
  %".281" = sdiv i64 %".280", 4
  %".283" = getelementptr inbounds float, ptr %"param.bi.g2.p", i64 %".281"
  %".284" = getelementptr inbounds float, ptr %".283", i64 0
  %".285" = load float, ptr %".284", !alias.scope !20, !noalias !21
  %".286" = fmul reassoc contract nsz arcp float %".277", %".277"
  %".287" = fadd reassoc contract nsz arcp float %".285", %".286"
  %".288" = ptrtoint ptr %".86" to i64
  %".289" = ptrtoint ptr %"param.bi.p" to i64
  %".290" = sub i64 %".288", %".289"
  %".291" = sdiv i64 %".290", 4
  %".292" = getelementptr inbounds float, ptr %"param.bi.g2.p", i64 %".291"
  %".293" = getelementptr inbounds float, ptr %".292", i64 0
  store float %".287", ptr %".293", !alias.scope !20, !noalias !21
  %".295" = fadd reassoc contract nsz arcp float %".287", 0x3e45798ee0000000
  %".296" = call float @"llvm.sqrt.f32"(float %".295")
  %".297" = fdiv reassoc contract nsz arcp float %".277", %".296"
  %".298" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".297"
  %".299" = fsub reassoc contract nsz arcp float %".275", %".298"
  %".300" = getelementptr inbounds float, ptr %".86", i64 0
  store float %".299", ptr %".300", !alias.scope !10, !noalias !11
  %".302" = getelementptr inbounds float, ptr %".113", i64 0
  %".303" = load float, ptr %".302", !alias.scope !10, !noalias !11
  %".304" = fmul reassoc contract nsz arcp float 0x3f847ae140000000, %".170"
  %".305" = fmul reassoc contract nsz arcp float              0x0, %".170"
  %".306" = fmul reassoc contract nsz arcp float %".304", %".303"
  %".307" = fadd reassoc contract nsz arcp float %".157", %".306"
  %".308" = ptrtoint ptr %".113" to i64
  %".309" = ptrtoint ptr %"param.bi.p" to i64
  %".310" = sub i64 %".308", %".309"
  %".311" = sdiv i64 %".310", 4
  %".312" = getelementptr inbounds float, ptr %"param.bi.g2.p", i64 %".311"
  %".313" = getelementptr inbounds float, ptr %".312", i64 0
  %".314" = load float, ptr %".313", !alias.scope !20, !noalias !21
  %".315" = fmul reassoc contract nsz arcp float %".307", %".307"
  %".316" = fadd reassoc contract nsz arcp float %".314", %".315"
  %".317" = ptrtoint ptr %".113" to i64
  %".318" = ptrtoint ptr %"param.bi.p" to i64
  %".319" = sub i64 %".317", %".318"
  %".320" = sdiv i64 %".319", 4
  %".321" = getelementptr inbounds float, ptr %"param.bi.g2.p", i64 %".320"
  %".322" = getelementptr inbounds float, ptr %".321", i64 0
  store float %".316", ptr %".322", !alias.scope !20, !noalias !21
  %".324" = fadd reassoc contract nsz arcp float %".316", 0x3e45798ee0000000
  %".325" = call float @"llvm.sqrt.f32"(float %".324")
  %".326" = fdiv reassoc contract nsz arcp float %".307", %".325"
  %".327" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".326"
  %".328" = fsub reassoc contract nsz arcp float %".303", %".327"
  %".329" = getelementptr inbounds float, ptr %".113", i64 0
  store float %".328", ptr %".329", !alias.scope !10, !noalias !11
  %".331" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"sgdc_softplus_f32"(float %".1")

declare float @"sgdc_sigmoid_f32"(float %".1")

declare float @"llvm.sqrt.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.i" = load i64, ptr %".9"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".15"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.u" = load i64, ptr %".18"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.P" = load i64, ptr %".24"
  %"param.P.p" = inttoptr i64 %"param.P" to ptr
  %".29" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.Q" = load i64, ptr %".29"
  %"param.Q.p" = inttoptr i64 %"param.Q" to ptr
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".52", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".11" = load i32, ptr %".10", !alias.scope !8, !noalias !9
  %".12" = sext i32 %".11" to i64
  %".13" = mul i64 %".12", 1
  %".14" = add i64 0, %".13"
  %".16" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".14"
  %".17" = mul i64 1, 32
  %".19" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".20" = load i32, ptr %".19", !alias.scope !8, !noalias !9
  %".21" = sext i32 %".20" to i64
  %".22" = mul i64 %".21", %".17"
  %".23" = add i64 0, %".22"
  %".25" = getelementptr inbounds float, ptr %"param.P.p", i64 %".23"
  %".26" = mul i64 1, 32
  %".27" = mul i64 %".12", %".26"
  %".28" = add i64 0, %".27"
  %".30" = getelementptr inbounds float, ptr %"param.Q.p", i64 %".28"
  %".31" = getelementptr inbounds float, ptr %".16", i64 0
  %".32" = load float, ptr %".31", !alias.scope !10, !noalias !11
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".45", %"dot.body"]
  %".35" = icmp slt i64 %"dot", 32
  br i1 %".35", label %"dot.body", label %"dot.done"
dot.body:
  %".37" = load float, float* %"dot.acc"
  %".38" = getelementptr inbounds float, ptr %".25", i64 %"dot"
  %".39" = load float, ptr %".38", !alias.scope !12, !noalias !13
  %".40" = getelementptr inbounds float, ptr %".30", i64 %"dot"
  %".41" = load float, ptr %".40", !alias.scope !14, !noalias !15
  %".42" = fmul reassoc contract nsz arcp float %".39", %".41"
  %".43" = fadd reassoc contract nsz arcp float %".37", %".42"
  store float %".43", float* %"dot.acc"
  %".45" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".47" = load float, float* %"dot.acc"
  %".48" = fadd reassoc contract nsz arcp float %".32", %".47"
  %".49" = fpext float %".48" to double
  %".50" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".49", ptr %".50"
  %".52" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.i" = load i64, ptr %".9"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".15"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.u" = load i64, ptr %".18"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.P" = load i64, ptr %".24"
  %"param.P.p" = inttoptr i64 %"param.P" to ptr
  %".29" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.Q" = load i64, ptr %".29"
  %"param.Q.p" = inttoptr i64 %"param.Q" to ptr
  %".31" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"dim.items" = load i64, ptr %".31"
  %"dot.acc" = alloca float
  %"dot.acc.1" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".95", %"dot.done.1"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".11" = load i32, ptr %".10", !alias.scope !8, !noalias !9
  %".12" = sext i32 %".11" to i64
  %".13" = mul i64 %".12", 1
  %".14" = add i64 0, %".13"
  %".16" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".14"
  %".17" = mul i64 1, 32
  %".19" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".20" = load i32, ptr %".19", !alias.scope !8, !noalias !9
  %".21" = sext i32 %".20" to i64
  %".22" = mul i64 %".21", %".17"
  %".23" = add i64 0, %".22"
  %".25" = getelementptr inbounds float, ptr %"param.P.p", i64 %".23"
  %".26" = mul i64 1, 32
  %".27" = mul i64 %".12", %".26"
  %".28" = add i64 0, %".27"
  %".30" = getelementptr inbounds float, ptr %"param.Q.p", i64 %".28"
  %".32" = trunc i64 %"ex" to i32
  %".33" = mul i32 %".32", 2654435769
  %".34" = xor i32 %".33", 1215106836
  %".35" = lshr i32 %".34", 16
  %".36" = xor i32 %".34", %".35"
  %".37" = mul i32 %".36", 2146121005
  %".38" = lshr i32 %".37", 15
  %".39" = xor i32 %".37", %".38"
  %".40" = mul i32 %".39", 2221713035
  %".41" = lshr i32 %".40", 16
  %".42" = xor i32 %".40", %".41"
  %".43" = zext i32 %".42" to i64
  %".44" = mul i64 %".43", %"dim.items"
  %".45" = lshr i64 %".44", 32
  %".46" = mul i64 %".45", 1
  %".47" = add i64 0, %".46"
  %".48" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".47"
  %".49" = mul i64 1, 32
  %".50" = mul i64 %".45", %".49"
  %".51" = add i64 0, %".50"
  %".52" = getelementptr inbounds float, ptr %"param.Q.p", i64 %".51"
  %".53" = getelementptr inbounds float, ptr %".16", i64 0
  %".54" = load float, ptr %".53", !alias.scope !10, !noalias !11
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".67", %"dot.body"]
  %".57" = icmp slt i64 %"dot", 32
  br i1 %".57", label %"dot.body", label %"dot.done"
dot.body:
  %".59" = load float, float* %"dot.acc"
  %".60" = getelementptr inbounds float, ptr %".25", i64 %"dot"
  %".61" = load float, ptr %".60", !alias.scope !12, !noalias !13
  %".62" = getelementptr inbounds float, ptr %".30", i64 %"dot"
  %".63" = load float, ptr %".62", !alias.scope !14, !noalias !15
  %".64" = fmul reassoc contract nsz arcp float %".61", %".63"
  %".65" = fadd reassoc contract nsz arcp float %".59", %".64"
  store float %".65", float* %"dot.acc"
  %".67" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".69" = load float, float* %"dot.acc"
  %".70" = fadd reassoc contract nsz arcp float %".54", %".69"
  %".71" = getelementptr inbounds float, ptr %".48", i64 0
  %".72" = load float, ptr %".71", !alias.scope !10, !noalias !11
  store float              0x0, float* %"dot.acc.1"
  br label %"dot.head.1"
dot.head.1:
  %"dot.1" = phi  i64 [0, %"dot.done"], [%".85", %"dot.body.1"]
  %".75" = icmp slt i64 %"dot.1", 32
  br i1 %".75", label %"dot.body.1", label %"dot.done.1"
dot.body.1:
  %".77" = load float, float* %"dot.acc.1"
  %".78" = getelementptr inbounds float, ptr %".25", i64 %"dot.1"
  %".79" = load float, ptr %".78", !alias.scope !12, !noalias !13
  %".80" = getelementptr inbounds float, ptr %".52", i64 %"dot.1"
  %".81" = load float, ptr %".80", !alias.scope !14, !noalias !15
  %".82" = fmul reassoc contract nsz arcp float %".79", %".81"
  %".83" = fadd reassoc contract nsz arcp float %".77", %".82"
  store float %".83", float* %"dot.acc.1"
  %".85" = add i64 %"dot.1", 1
  br label %"dot.head.1"
dot.done.1:
  %".87" = load float, float* %"dot.acc.1"
  %".88" = fadd reassoc contract nsz arcp float %".72", %".87"
  %".89" = fsub reassoc contract nsz arcp float %".70", %".88"
  %".90" = fneg float %".89"
  %".91" = call float @"sgdc_softplus_f32"(float %".90")
  %".92" = fpext float %".91" to double
  %".93" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".92", ptr %".93"
  %".95" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.P", !0 }
!3 = !{ !"sgdc.buffer.Q", !0 }
!4 = !{ !"sgdc.buffer.bi", !0 }
!5 = !{ !"sgdc.buffer.P.g2", !0 }
!6 = !{ !"sgdc.buffer.Q.g2", !0 }
!7 = !{ !"sgdc.buffer.bi.g2", !0 }
!8 = !{ !1 }
!9 = !{ !2, !3, !4, !5, !6, !7 }
!10 = !{ !4 }
!11 = !{ !1, !2, !3, !5, !6, !7 }
!12 = !{ !2 }
!13 = !{ !1, !3, !4, !5, !6, !7 }
!14 = !{ !3 }
!15 = !{ !1, !2, !4, !5, !6, !7 }
!16 = !{ !5 }
!17 = !{ !1, !2, !3, !4, !6, !7 }
!18 = !{ !6 }
!19 = !{ !1, !2, !3, !4, !5, !7 }
!20 = !{ !7 }
!21 = !{ !1, !2, !3, !4, !5, !6 }