; llvmlite 0.50.0
; ModuleID = "sgdc.bpr"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 8
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"epoch." = load i64, ptr %".8"
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.u" = load i64, ptr %".22"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.i" = load i64, ptr %".25"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".37" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".37"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".46" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.P" = load i64, ptr %".46"
  %"param.P.p" = inttoptr i64 %"param.P" to ptr
  %".57" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.Q" = load i64, ptr %".57"
  %"param.Q.p" = inttoptr i64 %"param.Q" to ptr
  %".66" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"t0." = load i64, ptr %".66"
  %".94" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.items" = load i64, ptr %".94"
  %"pairs.acc" = alloca <16 x i64>
  %"pairs.acc.1" = alloca <16 x i64>
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".451", %"rows.done"]
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
  %".39" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".38"
  %".40" = getelementptr i8, ptr %".39", i64 0
  call void @"llvm.prefetch.p0"(ptr %".40", i32 0, i32 3, i32 1)
  %".42" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".33"
  %".43" = load i32, ptr %".42"
  %".44" = sext i32 %".43" to i64
  %".45" = mul i64 1, 32
  %".47" = mul i64 %".44", %".45"
  %".48" = getelementptr inbounds i16, ptr %"param.P.p", i64 %".47"
  %".49" = getelementptr i8, ptr %".48", i64 0
  call void @"llvm.prefetch.p0"(ptr %".49", i32 0, i32 3, i32 1)
  %".51" = getelementptr i8, ptr %".48", i64 63
  call void @"llvm.prefetch.p0"(ptr %".51", i32 0, i32 3, i32 1)
  %".53" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".33"
  %".54" = load i32, ptr %".53"
  %".55" = sext i32 %".54" to i64
  %".56" = mul i64 1, 32
  %".58" = mul i64 %".55", %".56"
  %".59" = getelementptr inbounds i16, ptr %"param.Q.p", i64 %".58"
  %".60" = getelementptr i8, ptr %".59", i64 0
  call void @"llvm.prefetch.p0"(ptr %".60", i32 0, i32 3, i32 1)
  %".62" = getelementptr i8, ptr %".59", i64 63
  call void @"llvm.prefetch.p0"(ptr %".62", i32 0, i32 3, i32 1)
  %".64" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".64", !alias.scope !5, !noalias !6
  %".65" = sext i32 %"e" to i64
  %".67" = add i64 %"t0.", %"ex"
  %".68" = sitofp i64 %".67" to float
  %".69" = load i32, i32* %"rng.state"
  %".70" = shl i32 %".69", 13
  %".71" = xor i32 %".69", %".70"
  %".72" = lshr i32 %".71", 17
  %".73" = xor i32 %".71", %".72"
  %".74" = shl i32 %".73", 5
  %".75" = xor i32 %".73", %".74"
  store i32 %".75", i32* %"rng.state"
  %".77" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".65"
  %".78" = load i32, ptr %".77", !alias.scope !5, !noalias !6
  %".79" = sext i32 %".78" to i64
  %".80" = mul i64 %".79", 1
  %".81" = add i64 0, %".80"
  %".82" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".81"
  %".83" = mul i64 1, 32
  %".84" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".65"
  %".85" = load i32, ptr %".84", !alias.scope !5, !noalias !6
  %".86" = sext i32 %".85" to i64
  %".87" = mul i64 %".86", %".83"
  %".88" = add i64 0, %".87"
  %".89" = getelementptr inbounds i16, ptr %"param.P.p", i64 %".88"
  %".90" = mul i64 1, 32
  %".91" = mul i64 %".79", %".90"
  %".92" = add i64 0, %".91"
  %".93" = getelementptr inbounds i16, ptr %"param.Q.p", i64 %".92"
  %".95" = xor i32 %".75", 2513146204
  %".96" = lshr i32 %".95", 16
  %".97" = xor i32 %".95", %".96"
  %".98" = mul i32 %".97", 2146121005
  %".99" = lshr i32 %".98", 15
  %".100" = xor i32 %".98", %".99"
  %".101" = mul i32 %".100", 2221713035
  %".102" = lshr i32 %".101", 16
  %".103" = xor i32 %".101", %".102"
  %".104" = zext i32 %".103" to i64
  %".105" = mul i64 %".104", %"dim.items"
  %".106" = lshr i64 %".105", 32
  %".107" = mul i64 %".106", 1
  %".108" = add i64 0, %".107"
  %".109" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".108"
  %".110" = mul i64 1, 32
  %".111" = mul i64 %".106", %".110"
  %".112" = add i64 0, %".111"
  %".113" = getelementptr inbounds i16, ptr %"param.Q.p", i64 %".112"
  %".114" = getelementptr inbounds i16, ptr %".82", i64 0
  %".115" = load i16, ptr %".114", !alias.scope !7, !noalias !8
  %".116" = sitofp i16 %".115" to float
  %".117" = fmul float %".116", 0x3f30000000000000
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".119" = sdiv i64 32, 32
  br label %"pdot.head"
ex.done:
  %".453" = load double, double* %"loss.acc"
  store double %".453", ptr %"out"
  %".455" = load i32, i32* %"rng.state"
  store i32 %".455", ptr %"rng..p"
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".138", %"pdot.body"]
  %".121" = icmp slt i64 %"pdot", %".119"
  br i1 %".121", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".123" = mul i64 %"pdot", 32
  %".124" = getelementptr inbounds i16, ptr %".89", i64 %".123"
  %".125" = load <32 x i16>, ptr %".124", align 2, !alias.scope !9, !noalias !10
  %".126" = sext <32 x i16> %".125" to <32 x i32>
  %".127" = getelementptr inbounds i16, ptr %".93", i64 %".123"
  %".128" = load <32 x i16>, ptr %".127", align 2, !alias.scope !11, !noalias !12
  %".129" = sext <32 x i16> %".128" to <32 x i32>
  %".130" = mul <32 x i32> %".126", %".129"
  %".131" = shufflevector <32 x i32> %".130", <32 x i32> %".130", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".132" = shufflevector <32 x i32> %".130", <32 x i32> %".130", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".133" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".134" = add <16 x i32> %".131", %".132"
  %".135" = sext <16 x i32> %".134" to <16 x i64>
  %".136" = add <16 x i64> %".133", %".135"
  store <16 x i64> %".136", <16 x i64>* %"pairs.acc"
  %".138" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".140" = mul i64 %".119", 32
  %".141" = sub i64 32, %".140"
  %".142" = icmp sgt i64 %".141", 0
  br i1 %".142", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".144" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".141", i32 0
  %".145" = shufflevector <32 x i64> %".144", <32 x i64> %".144", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".146" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".145"
  %".147" = getelementptr inbounds i16, ptr %".89", i64 %".140"
  %".148" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".147", i32 2, <32 x i1> %".146", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".149" = sext <32 x i16> %".148" to <32 x i32>
  %".150" = getelementptr inbounds i16, ptr %".93", i64 %".140"
  %".151" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".150", i32 2, <32 x i1> %".146", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".152" = sext <32 x i16> %".151" to <32 x i32>
  %".153" = mul <32 x i32> %".149", %".152"
  %".154" = shufflevector <32 x i32> %".153", <32 x i32> %".153", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".155" = shufflevector <32 x i32> %".153", <32 x i32> %".153", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".156" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".157" = add <16 x i32> %".154", %".155"
  %".158" = sext <16 x i32> %".157" to <16 x i64>
  %".159" = add <16 x i64> %".156", %".158"
  store <16 x i64> %".159", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".162" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".163" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".162")
  %".164" = sitofp i64 %".163" to float
  %".165" = fmul float %".164", 0x3e70000000000000
  %".166" = fadd float %".117", %".165"
  %".167" = getelementptr inbounds i16, ptr %".109", i64 0
  %".168" = load i16, ptr %".167", !alias.scope !7, !noalias !8
  %".169" = sitofp i16 %".168" to float
  %".170" = fmul float %".169", 0x3f30000000000000
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc.1"
  %".172" = sdiv i64 32, 32
  br label %"pdot.head.1"
pdot.head.1:
  %"pdot.1" = phi  i64 [0, %"pdotm.done"], [%".191", %"pdot.body.1"]
  %".174" = icmp slt i64 %"pdot.1", %".172"
  br i1 %".174", label %"pdot.body.1", label %"pdot.done.1"
pdot.body.1:
  %".176" = mul i64 %"pdot.1", 32
  %".177" = getelementptr inbounds i16, ptr %".89", i64 %".176"
  %".178" = load <32 x i16>, ptr %".177", align 2, !alias.scope !9, !noalias !10
  %".179" = sext <32 x i16> %".178" to <32 x i32>
  %".180" = getelementptr inbounds i16, ptr %".113", i64 %".176"
  %".181" = load <32 x i16>, ptr %".180", align 2, !alias.scope !11, !noalias !12
  %".182" = sext <32 x i16> %".181" to <32 x i32>
  %".183" = mul <32 x i32> %".179", %".182"
  %".184" = shufflevector <32 x i32> %".183", <32 x i32> %".183", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".185" = shufflevector <32 x i32> %".183", <32 x i32> %".183", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".186" = load <16 x i64>, <16 x i64>* %"pairs.acc.1"
  %".187" = add <16 x i32> %".184", %".185"
  %".188" = sext <16 x i32> %".187" to <16 x i64>
  %".189" = add <16 x i64> %".186", %".188"
  store <16 x i64> %".189", <16 x i64>* %"pairs.acc.1"
  %".191" = add i64 %"pdot.1", 1
  br label %"pdot.head.1"
pdot.done.1:
  %".193" = mul i64 %".172", 32
  %".194" = sub i64 32, %".193"
  %".195" = icmp sgt i64 %".194", 0
  br i1 %".195", label %"pdotm.body.1", label %"pdotm.done.1"
pdotm.body.1:
  %".197" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".194", i32 0
  %".198" = shufflevector <32 x i64> %".197", <32 x i64> %".197", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".199" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".198"
  %".200" = getelementptr inbounds i16, ptr %".89", i64 %".193"
  %".201" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".200", i32 2, <32 x i1> %".199", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".202" = sext <32 x i16> %".201" to <32 x i32>
  %".203" = getelementptr inbounds i16, ptr %".113", i64 %".193"
  %".204" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".203", i32 2, <32 x i1> %".199", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".205" = sext <32 x i16> %".204" to <32 x i32>
  %".206" = mul <32 x i32> %".202", %".205"
  %".207" = shufflevector <32 x i32> %".206", <32 x i32> %".206", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".208" = shufflevector <32 x i32> %".206", <32 x i32> %".206", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".209" = load <16 x i64>, <16 x i64>* %"pairs.acc.1"
  %".210" = add <16 x i32> %".207", %".208"
  %".211" = sext <16 x i32> %".210" to <16 x i64>
  %".212" = add <16 x i64> %".209", %".211"
  store <16 x i64> %".212", <16 x i64>* %"pairs.acc.1"
  br label %"pdotm.done.1"
pdotm.done.1:
  %".215" = load <16 x i64>, <16 x i64>* %"pairs.acc.1"
  %".216" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".215")
  %".217" = sitofp i64 %".216" to float
  %".218" = fmul float %".217", 0x3e70000000000000
  %".219" = fadd float %".170", %".218"
  %".220" = fsub float %".166", %".219"
  %".221" = fneg float %".220"
  %".222" = call float @"sgdc_softplus_f32"(float %".221")
  %".223" = call float @"sgdc_sigmoid_f32"(float %".221")
  %".224" = fneg float %".223"
  %".225" = fpext float %".222" to double
  %".226" = load double, double* %"loss.acc"
  %".227" = fadd double %".226", %".225"
  store double %".227", double* %"loss.acc"
  %".229" = icmp eq i64 %".106", %".79"
  %".230" = and i1 1, %".229"
  %".231" = or i1 0, %".230"
  %".232" = select  i1 %".231", float              0x0, float 0x3ff0000000000000
  %".233" = icmp eq i64 %".106", %".79"
  %".234" = and i1 1, %".233"
  %".235" = or i1 0, %".234"
  %".236" = select  i1 %".235", float              0x0, float 0x3ff0000000000000
  %".237" = fmul float 0x3fa99999a0000000, 0x3f847ae140000000
  %".238" = fsub float 0x3ff0000000000000, %".237"
  %".239" = fmul float 0x3fa99999a0000000, 0x40b0000000000000
  %".240" = fmul float 0x3fa99999a0000000, 0x3f847ae140000000
  %".241" = fsub float 0x3ff0000000000000, %".240"
  %".242" = fmul float 0x3fa99999a0000000, %".224"
  %".243" = fmul float 0x3f30000000000000, 0x40b0000000000000
  %".244" = fmul float %".242", %".243"
  %".245" = fcmp ogt float %".241", 0x4630000000000000
  %".246" = select  i1 %".245", float 0x4630000000000000, float %".241"
  %".247" = fcmp olt float %".246", 0xc630000000000000
  %".248" = select  i1 %".247", float 0xc630000000000000, float %".246"
  %".249" = fcmp uno float %".241", %".241"
  %".250" = fcmp uno float %".244", %".244"
  %".251" = or i1 %".249", %".250"
  %".252" = select  i1 %".251", float 0x3ff0000000000000, float %".248"
  %".253" = fcmp ogt float %".244", 0x4630000000000000
  %".254" = select  i1 %".253", float 0x4630000000000000, float %".244"
  %".255" = fcmp olt float %".254", 0xc630000000000000
  %".256" = select  i1 %".255", float 0xc630000000000000, float %".254"
  %".257" = fcmp uno float %".244", %".244"
  %".258" = fcmp uno float %".241", %".241"
  %".259" = or i1 %".257", %".258"
  %".260" = select  i1 %".259", float              0x0, float %".256"
  %".261" = fmul float 0x3f847ae140000000, %".232"
  %".262" = fmul float 0x3fa99999a0000000, %".261"
  %".263" = fsub float 0x3ff0000000000000, %".262"
  %".264" = fmul float 0x3fa99999a0000000, 0x40b0000000000000
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"pdotm.done.1"], [%".379", %"rows.body"]
  %".266" = icmp slt i64 %"rows", 32
  br i1 %".266", label %"rows.body", label %"rows.done"
rows.body:
  %".268" = getelementptr inbounds i16, ptr %".113", i64 %"rows"
  %".269" = load i16, ptr %".268", !alias.scope !11, !noalias !12
  %".270" = sitofp i16 %".269" to float
  %".271" = fmul float %".270", 0x3f30000000000000
  %".272" = fmul float %".223", %".271"
  %".273" = getelementptr inbounds i16, ptr %".93", i64 %"rows"
  %".274" = load i16, ptr %".273", !alias.scope !11, !noalias !12
  %".275" = sitofp i16 %".274" to float
  %".276" = fmul float %".275", 0x3f30000000000000
  %".277" = fmul float %".224", %".276"
  %".278" = fadd float %".272", %".277"
  %".279" = getelementptr inbounds i16, ptr %".89", i64 %"rows"
  %".280" = load i16, ptr %".279", !alias.scope !9, !noalias !10
  %".281" = sext i16 %".280" to i32
  %".282" = sitofp i32 %".281" to float
  %".283" = getelementptr inbounds i16, ptr %".89", i64 %"rows"
  %".284" = load i16, ptr %".283", !alias.scope !9, !noalias !10
  %".285" = sitofp i16 %".284" to float
  %".286" = fmul float %".285", 0x3f30000000000000
  %".287" = fmul float %".223", %".286"
  %".288" = getelementptr inbounds i16, ptr %".89", i64 %"rows"
  %".289" = load i16, ptr %".288", !alias.scope !9, !noalias !10
  %".290" = sitofp i16 %".289" to float
  %".291" = fmul float %".290", %".238"
  %".292" = fmul float %".278", %".239"
  %".293" = fsub float %".291", %".292"
  %".294" = xor i32 %".75", 0
  %".295" = lshr i32 %".294", 16
  %".296" = xor i32 %".294", %".295"
  %".297" = mul i32 %".296", 2146121005
  %".298" = lshr i32 %".297", 15
  %".299" = xor i32 %".297", %".298"
  %".300" = mul i32 %".299", 2221713035
  %".301" = lshr i32 %".300", 16
  %".302" = xor i32 %".300", %".301"
  %".303" = trunc i64 %"rows" to i32
  %".304" = mul i32 %".303", 2654435769
  %".305" = add i32 %".302", %".304"
  %".306" = lshr i32 %".305", 8
  %".307" = uitofp i32 %".306" to float
  %".308" = fmul float %".307", 0x3e70000000000000
  %".309" = fadd float %".293", %".308"
  %".310" = call float @"llvm.floor.f32"(float %".309")
  %".311" = fcmp ogt float %".310", 0x40dfffc000000000
  %".312" = select  i1 %".311", float 0x40dfffc000000000, float %".310"
  %".313" = fcmp olt float %".312", 0xc0dfffc000000000
  %".314" = select  i1 %".313", float 0xc0dfffc000000000, float %".312"
  %".315" = fcmp uno float %".314", %".314"
  %".316" = select  i1 %".315", float              0x0, float %".314"
  %".317" = fptosi float %".316" to i16
  store i16 %".317", ptr %".288", !alias.scope !9, !noalias !10
  %".319" = getelementptr inbounds i16, ptr %".93", i64 %"rows"
  %".320" = load i16, ptr %".319", !alias.scope !11, !noalias !12
  %".321" = sitofp i16 %".320" to float
  %".322" = fmul float %".321", %".252"
  %".323" = fmul float %".260", %".282"
  %".324" = fsub float %".322", %".323"
  %".325" = xor i32 %".75", 2654435769
  %".326" = lshr i32 %".325", 16
  %".327" = xor i32 %".325", %".326"
  %".328" = mul i32 %".327", 2146121005
  %".329" = lshr i32 %".328", 15
  %".330" = xor i32 %".328", %".329"
  %".331" = mul i32 %".330", 2221713035
  %".332" = lshr i32 %".331", 16
  %".333" = xor i32 %".331", %".332"
  %".334" = trunc i64 %"rows" to i32
  %".335" = mul i32 %".334", 2654435769
  %".336" = add i32 %".333", %".335"
  %".337" = lshr i32 %".336", 8
  %".338" = uitofp i32 %".337" to float
  %".339" = fmul float %".338", 0x3e70000000000000
  %".340" = fadd float %".324", %".339"
  %".341" = call float @"llvm.floor.f32"(float %".340")
  %".342" = fcmp ogt float %".341", 0x40dfffc000000000
  %".343" = select  i1 %".342", float 0x40dfffc000000000, float %".341"
  %".344" = fcmp olt float %".343", 0xc0dfffc000000000
  %".345" = select  i1 %".344", float 0xc0dfffc000000000, float %".343"
  %".346" = fptosi float %".345" to i16
  store i16 %".346", ptr %".319", !alias.scope !11, !noalias !12
  %".348" = getelementptr inbounds i16, ptr %".113", i64 %"rows"
  %".349" = load i16, ptr %".348", !alias.scope !11, !noalias !12
  %".350" = sitofp i16 %".349" to float
  %".351" = fmul float %".350", %".263"
  %".352" = fmul float %".287", %".264"
  %".353" = fsub float %".351", %".352"
  %".354" = xor i32 %".75", 1013904242
  %".355" = lshr i32 %".354", 16
  %".356" = xor i32 %".354", %".355"
  %".357" = mul i32 %".356", 2146121005
  %".358" = lshr i32 %".357", 15
  %".359" = xor i32 %".357", %".358"
  %".360" = mul i32 %".359", 2221713035
  %".361" = lshr i32 %".360", 16
  %".362" = xor i32 %".360", %".361"
  %".363" = trunc i64 %"rows" to i32
  %".364" = mul i32 %".363", 2654435769
  %".365" = add i32 %".362", %".364"
  %".366" = lshr i32 %".365", 8
  %".367" = uitofp i32 %".366" to float
  %".368" = fmul float %".367", 0x3e70000000000000
  %".369" = fadd float %".353", %".368"
  %".370" = call float @"llvm.floor.f32"(float %".369")
  %".371" = fcmp ogt float %".370", 0x40dfffc000000000
  %".372" = select  i1 %".371", float 0x40dfffc000000000, float %".370"
  %".373" = fcmp olt float %".372", 0xc0dfffc000000000
  %".374" = select  i1 %".373", float 0xc0dfffc000000000, float %".372"
  %".375" = fcmp uno float %".374", %".374"
  %".376" = select  i1 %".375", float              0x0, float %".374"
  %".377" = fptosi float %".376" to i16
  store i16 %".377", ptr %".348", !alias.scope !11, !noalias !12
  %".379" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".381" = getelementptr inbounds i16, ptr %".82", i64 0
  %".382" = load i16, ptr %".381", !alias.scope !7, !noalias !8
  %".383" = sitofp i16 %".382" to float
  %".384" = fmul float %".383", 0x3f30000000000000
  %".385" = fmul float 0x3f847ae140000000, %".384"
  %".386" = fadd float %".224", %".385"
  %".387" = fmul float 0x3fa99999a0000000, %".386"
  %".388" = fmul float %".387", 0x40b0000000000000
  %".389" = fsub float %".383", %".388"
  %".390" = xor i32 %".75", 3668340011
  %".391" = lshr i32 %".390", 16
  %".392" = xor i32 %".390", %".391"
  %".393" = mul i32 %".392", 2146121005
  %".394" = lshr i32 %".393", 15
  %".395" = xor i32 %".393", %".394"
  %".396" = mul i32 %".395", 2221713035
  %".397" = lshr i32 %".396", 16
  %".398" = xor i32 %".396", %".397"
  %".399" = trunc i64 0 to i32
  %".400" = mul i32 %".399", 2654435769
  %".401" = add i32 %".398", %".400"
  %".402" = lshr i32 %".401", 8
  %".403" = uitofp i32 %".402" to float
  %".404" = fmul float %".403", 0x3e70000000000000
  %".405" = fadd float %".389", %".404"
  %".406" = call float @"llvm.floor.f32"(float %".405")
  %".407" = fcmp ogt float %".406", 0x40dfffc000000000
  %".408" = select  i1 %".407", float 0x40dfffc000000000, float %".406"
  %".409" = fcmp olt float %".408", 0xc0dfffc000000000
  %".410" = select  i1 %".409", float 0xc0dfffc000000000, float %".408"
  %".411" = fcmp uno float %".410", %".410"
  %".412" = select  i1 %".411", float              0x0, float %".410"
  %".413" = fptosi float %".412" to i16
  store i16 %".413", ptr %".381", !alias.scope !7, !noalias !8
  %".415" = getelementptr inbounds i16, ptr %".109", i64 0
  %".416" = load i16, ptr %".415", !alias.scope !7, !noalias !8
  %".417" = sitofp i16 %".416" to float
  %".418" = fmul float %".417", 0x3f30000000000000
  %".419" = fmul float 0x3f847ae140000000, %".236"
  %".420" = fmul float              0x0, %".236"
  %".421" = fmul float %".419", %".418"
  %".422" = fadd float %".223", %".421"
  %".423" = fmul float 0x3fa99999a0000000, %".422"
  %".424" = fmul float %".423", 0x40b0000000000000
  %".425" = fsub float %".417", %".424"
  %".426" = xor i32 %".75", 2027808484
  %".427" = lshr i32 %".426", 16
  %".428" = xor i32 %".426", %".427"
  %".429" = mul i32 %".428", 2146121005
  %".430" = lshr i32 %".429", 15
  %".431" = xor i32 %".429", %".430"
  %".432" = mul i32 %".431", 2221713035
  %".433" = lshr i32 %".432", 16
  %".434" = xor i32 %".432", %".433"
  %".435" = trunc i64 0 to i32
  %".436" = mul i32 %".435", 2654435769
  %".437" = add i32 %".434", %".436"
  %".438" = lshr i32 %".437", 8
  %".439" = uitofp i32 %".438" to float
  %".440" = fmul float %".439", 0x3e70000000000000
  %".441" = fadd float %".425", %".440"
  %".442" = call float @"llvm.floor.f32"(float %".441")
  %".443" = fcmp ogt float %".442", 0x40dfffc000000000
  %".444" = select  i1 %".443", float 0x40dfffc000000000, float %".442"
  %".445" = fcmp olt float %".444", 0xc0dfffc000000000
  %".446" = select  i1 %".445", float 0xc0dfffc000000000, float %".444"
  %".447" = fcmp uno float %".446", %".446"
  %".448" = select  i1 %".447", float              0x0, float %".446"
  %".449" = fptosi float %".448" to i16
  store i16 %".449", ptr %".415", !alias.scope !7, !noalias !8
  %".451" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".1", i32 %".2", <32 x i1> %".3", <32 x i16> %".4")

declare i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".1")

declare float @"sgdc_softplus_f32"(float %".1")

declare float @"sgdc_sigmoid_f32"(float %".1")

declare float @"llvm.floor.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.i" = load i64, ptr %".9"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".15"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.u" = load i64, ptr %".18"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.P" = load i64, ptr %".24"
  %"param.P.p" = inttoptr i64 %"param.P" to ptr
  %".29" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.Q" = load i64, ptr %".29"
  %"param.Q.p" = inttoptr i64 %"param.Q" to ptr
  %"pairs.acc" = alloca <16 x i64>
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".87", %"pdotm.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".11" = load i32, ptr %".10", !alias.scope !5, !noalias !6
  %".12" = sext i32 %".11" to i64
  %".13" = mul i64 %".12", 1
  %".14" = add i64 0, %".13"
  %".16" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".14"
  %".17" = mul i64 1, 32
  %".19" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".20" = load i32, ptr %".19", !alias.scope !5, !noalias !6
  %".21" = sext i32 %".20" to i64
  %".22" = mul i64 %".21", %".17"
  %".23" = add i64 0, %".22"
  %".25" = getelementptr inbounds i16, ptr %"param.P.p", i64 %".23"
  %".26" = mul i64 1, 32
  %".27" = mul i64 %".12", %".26"
  %".28" = add i64 0, %".27"
  %".30" = getelementptr inbounds i16, ptr %"param.Q.p", i64 %".28"
  %".31" = getelementptr inbounds i16, ptr %".16", i64 0
  %".32" = load i16, ptr %".31", !alias.scope !7, !noalias !8
  %".33" = sitofp i16 %".32" to float
  %".34" = fmul float %".33", 0x3f30000000000000
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".36" = sdiv i64 32, 32
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".55", %"pdot.body"]
  %".38" = icmp slt i64 %"pdot", %".36"
  br i1 %".38", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".40" = mul i64 %"pdot", 32
  %".41" = getelementptr inbounds i16, ptr %".25", i64 %".40"
  %".42" = load <32 x i16>, ptr %".41", align 2, !alias.scope !9, !noalias !10
  %".43" = sext <32 x i16> %".42" to <32 x i32>
  %".44" = getelementptr inbounds i16, ptr %".30", i64 %".40"
  %".45" = load <32 x i16>, ptr %".44", align 2, !alias.scope !11, !noalias !12
  %".46" = sext <32 x i16> %".45" to <32 x i32>
  %".47" = mul <32 x i32> %".43", %".46"
  %".48" = shufflevector <32 x i32> %".47", <32 x i32> %".47", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".49" = shufflevector <32 x i32> %".47", <32 x i32> %".47", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".50" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".51" = add <16 x i32> %".48", %".49"
  %".52" = sext <16 x i32> %".51" to <16 x i64>
  %".53" = add <16 x i64> %".50", %".52"
  store <16 x i64> %".53", <16 x i64>* %"pairs.acc"
  %".55" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".57" = mul i64 %".36", 32
  %".58" = sub i64 32, %".57"
  %".59" = icmp sgt i64 %".58", 0
  br i1 %".59", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".61" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".58", i32 0
  %".62" = shufflevector <32 x i64> %".61", <32 x i64> %".61", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".63" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".62"
  %".64" = getelementptr inbounds i16, ptr %".25", i64 %".57"
  %".65" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".64", i32 2, <32 x i1> %".63", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".66" = sext <32 x i16> %".65" to <32 x i32>
  %".67" = getelementptr inbounds i16, ptr %".30", i64 %".57"
  %".68" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".67", i32 2, <32 x i1> %".63", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".69" = sext <32 x i16> %".68" to <32 x i32>
  %".70" = mul <32 x i32> %".66", %".69"
  %".71" = shufflevector <32 x i32> %".70", <32 x i32> %".70", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".72" = shufflevector <32 x i32> %".70", <32 x i32> %".70", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".73" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".74" = add <16 x i32> %".71", %".72"
  %".75" = sext <16 x i32> %".74" to <16 x i64>
  %".76" = add <16 x i64> %".73", %".75"
  store <16 x i64> %".76", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".79" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".80" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".79")
  %".81" = sitofp i64 %".80" to float
  %".82" = fmul float %".81", 0x3e70000000000000
  %".83" = fadd float %".34", %".82"
  %".84" = fpext float %".83" to double
  %".85" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".84", ptr %".85"
  %".87" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.i" = load i64, ptr %".9"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".15" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".15"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.u" = load i64, ptr %".18"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.P" = load i64, ptr %".24"
  %"param.P.p" = inttoptr i64 %"param.P" to ptr
  %".29" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.Q" = load i64, ptr %".29"
  %"param.Q.p" = inttoptr i64 %"param.Q" to ptr
  %".31" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"dim.items" = load i64, ptr %".31"
  %"pairs.acc" = alloca <16 x i64>
  %"pairs.acc.1" = alloca <16 x i64>
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".165", %"pdotm.done.1"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".11" = load i32, ptr %".10", !alias.scope !5, !noalias !6
  %".12" = sext i32 %".11" to i64
  %".13" = mul i64 %".12", 1
  %".14" = add i64 0, %".13"
  %".16" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".14"
  %".17" = mul i64 1, 32
  %".19" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".20" = load i32, ptr %".19", !alias.scope !5, !noalias !6
  %".21" = sext i32 %".20" to i64
  %".22" = mul i64 %".21", %".17"
  %".23" = add i64 0, %".22"
  %".25" = getelementptr inbounds i16, ptr %"param.P.p", i64 %".23"
  %".26" = mul i64 1, 32
  %".27" = mul i64 %".12", %".26"
  %".28" = add i64 0, %".27"
  %".30" = getelementptr inbounds i16, ptr %"param.Q.p", i64 %".28"
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
  %".48" = getelementptr inbounds i16, ptr %"param.bi.p", i64 %".47"
  %".49" = mul i64 1, 32
  %".50" = mul i64 %".45", %".49"
  %".51" = add i64 0, %".50"
  %".52" = getelementptr inbounds i16, ptr %"param.Q.p", i64 %".51"
  %".53" = getelementptr inbounds i16, ptr %".16", i64 0
  %".54" = load i16, ptr %".53", !alias.scope !7, !noalias !8
  %".55" = sitofp i16 %".54" to float
  %".56" = fmul float %".55", 0x3f30000000000000
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc"
  %".58" = sdiv i64 32, 32
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".77", %"pdot.body"]
  %".60" = icmp slt i64 %"pdot", %".58"
  br i1 %".60", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".62" = mul i64 %"pdot", 32
  %".63" = getelementptr inbounds i16, ptr %".25", i64 %".62"
  %".64" = load <32 x i16>, ptr %".63", align 2, !alias.scope !9, !noalias !10
  %".65" = sext <32 x i16> %".64" to <32 x i32>
  %".66" = getelementptr inbounds i16, ptr %".30", i64 %".62"
  %".67" = load <32 x i16>, ptr %".66", align 2, !alias.scope !11, !noalias !12
  %".68" = sext <32 x i16> %".67" to <32 x i32>
  %".69" = mul <32 x i32> %".65", %".68"
  %".70" = shufflevector <32 x i32> %".69", <32 x i32> %".69", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".71" = shufflevector <32 x i32> %".69", <32 x i32> %".69", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".72" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".73" = add <16 x i32> %".70", %".71"
  %".74" = sext <16 x i32> %".73" to <16 x i64>
  %".75" = add <16 x i64> %".72", %".74"
  store <16 x i64> %".75", <16 x i64>* %"pairs.acc"
  %".77" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".79" = mul i64 %".58", 32
  %".80" = sub i64 32, %".79"
  %".81" = icmp sgt i64 %".80", 0
  br i1 %".81", label %"pdotm.body", label %"pdotm.done"
pdotm.body:
  %".83" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".80", i32 0
  %".84" = shufflevector <32 x i64> %".83", <32 x i64> %".83", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".85" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".84"
  %".86" = getelementptr inbounds i16, ptr %".25", i64 %".79"
  %".87" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".86", i32 2, <32 x i1> %".85", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".88" = sext <32 x i16> %".87" to <32 x i32>
  %".89" = getelementptr inbounds i16, ptr %".30", i64 %".79"
  %".90" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".89", i32 2, <32 x i1> %".85", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".91" = sext <32 x i16> %".90" to <32 x i32>
  %".92" = mul <32 x i32> %".88", %".91"
  %".93" = shufflevector <32 x i32> %".92", <32 x i32> %".92", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".94" = shufflevector <32 x i32> %".92", <32 x i32> %".92", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".95" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".96" = add <16 x i32> %".93", %".94"
  %".97" = sext <16 x i32> %".96" to <16 x i64>
  %".98" = add <16 x i64> %".95", %".97"
  store <16 x i64> %".98", <16 x i64>* %"pairs.acc"
  br label %"pdotm.done"
pdotm.done:
  %".101" = load <16 x i64>, <16 x i64>* %"pairs.acc"
  %".102" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".101")
  %".103" = sitofp i64 %".102" to float
  %".104" = fmul float %".103", 0x3e70000000000000
  %".105" = fadd float %".56", %".104"
  %".106" = getelementptr inbounds i16, ptr %".48", i64 0
  %".107" = load i16, ptr %".106", !alias.scope !7, !noalias !8
  %".108" = sitofp i16 %".107" to float
  %".109" = fmul float %".108", 0x3f30000000000000
  store <16 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <16 x i64>* %"pairs.acc.1"
  %".111" = sdiv i64 32, 32
  br label %"pdot.head.1"
pdot.head.1:
  %"pdot.1" = phi  i64 [0, %"pdotm.done"], [%".130", %"pdot.body.1"]
  %".113" = icmp slt i64 %"pdot.1", %".111"
  br i1 %".113", label %"pdot.body.1", label %"pdot.done.1"
pdot.body.1:
  %".115" = mul i64 %"pdot.1", 32
  %".116" = getelementptr inbounds i16, ptr %".25", i64 %".115"
  %".117" = load <32 x i16>, ptr %".116", align 2, !alias.scope !9, !noalias !10
  %".118" = sext <32 x i16> %".117" to <32 x i32>
  %".119" = getelementptr inbounds i16, ptr %".52", i64 %".115"
  %".120" = load <32 x i16>, ptr %".119", align 2, !alias.scope !11, !noalias !12
  %".121" = sext <32 x i16> %".120" to <32 x i32>
  %".122" = mul <32 x i32> %".118", %".121"
  %".123" = shufflevector <32 x i32> %".122", <32 x i32> %".122", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".124" = shufflevector <32 x i32> %".122", <32 x i32> %".122", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".125" = load <16 x i64>, <16 x i64>* %"pairs.acc.1"
  %".126" = add <16 x i32> %".123", %".124"
  %".127" = sext <16 x i32> %".126" to <16 x i64>
  %".128" = add <16 x i64> %".125", %".127"
  store <16 x i64> %".128", <16 x i64>* %"pairs.acc.1"
  %".130" = add i64 %"pdot.1", 1
  br label %"pdot.head.1"
pdot.done.1:
  %".132" = mul i64 %".111", 32
  %".133" = sub i64 32, %".132"
  %".134" = icmp sgt i64 %".133", 0
  br i1 %".134", label %"pdotm.body.1", label %"pdotm.done.1"
pdotm.body.1:
  %".136" = insertelement <32 x i64> <i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef, i64 undef>, i64 %".133", i32 0
  %".137" = shufflevector <32 x i64> %".136", <32 x i64> %".136", <32 x i32> <i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0>
  %".138" = icmp slt <32 x i64> <i64 0, i64 1, i64 2, i64 3, i64 4, i64 5, i64 6, i64 7, i64 8, i64 9, i64 10, i64 11, i64 12, i64 13, i64 14, i64 15, i64 16, i64 17, i64 18, i64 19, i64 20, i64 21, i64 22, i64 23, i64 24, i64 25, i64 26, i64 27, i64 28, i64 29, i64 30, i64 31>, %".137"
  %".139" = getelementptr inbounds i16, ptr %".25", i64 %".132"
  %".140" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".139", i32 2, <32 x i1> %".138", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".141" = sext <32 x i16> %".140" to <32 x i32>
  %".142" = getelementptr inbounds i16, ptr %".52", i64 %".132"
  %".143" = call <32 x i16> @"llvm.masked.load.v32i16.p0"(ptr %".142", i32 2, <32 x i1> %".138", <32 x i16> <i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0, i16 0>)
  %".144" = sext <32 x i16> %".143" to <32 x i32>
  %".145" = mul <32 x i32> %".141", %".144"
  %".146" = shufflevector <32 x i32> %".145", <32 x i32> %".145", <16 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14, i32 16, i32 18, i32 20, i32 22, i32 24, i32 26, i32 28, i32 30>
  %".147" = shufflevector <32 x i32> %".145", <32 x i32> %".145", <16 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15, i32 17, i32 19, i32 21, i32 23, i32 25, i32 27, i32 29, i32 31>
  %".148" = load <16 x i64>, <16 x i64>* %"pairs.acc.1"
  %".149" = add <16 x i32> %".146", %".147"
  %".150" = sext <16 x i32> %".149" to <16 x i64>
  %".151" = add <16 x i64> %".148", %".150"
  store <16 x i64> %".151", <16 x i64>* %"pairs.acc.1"
  br label %"pdotm.done.1"
pdotm.done.1:
  %".154" = load <16 x i64>, <16 x i64>* %"pairs.acc.1"
  %".155" = call i64 @"llvm.vector.reduce.add.v16i64"(<16 x i64> %".154")
  %".156" = sitofp i64 %".155" to float
  %".157" = fmul float %".156", 0x3e70000000000000
  %".158" = fadd float %".109", %".157"
  %".159" = fsub float %".105", %".158"
  %".160" = fneg float %".159"
  %".161" = call float @"sgdc_softplus_f32"(float %".160")
  %".162" = fpext float %".161" to double
  %".163" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".162", ptr %".163"
  %".165" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.P", !0 }
!3 = !{ !"sgdc.buffer.Q", !0 }
!4 = !{ !"sgdc.buffer.bi", !0 }
!5 = !{ !1 }
!6 = !{ !2, !3, !4 }
!7 = !{ !4 }
!8 = !{ !1, !2, !3 }
!9 = !{ !2 }
!10 = !{ !1, !3, !4 }
!11 = !{ !3 }
!12 = !{ !1, !2, !4 }