; llvmlite 0.50.0
; ModuleID = "sgdc.softmax"
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
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"indptr.x" = load i64, ptr %".19"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.y" = load i64, ptr %".22"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".37" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".37"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".55" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".55"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %".76" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".76"
  %".78" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".78"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".93" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"t0." = load i64, ptr %".93"
  %".106" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".106"
  %"t0" = alloca float, i64 %"dim.classes"
  %"dd.acc" = alloca float
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"dd.acc.1" = alloca float
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".255", %"sp.done"]
  %".11" = icmp slt i64 %"ex", %"end"
  br i1 %".11", label %"ex.body", label %"ex.done"
ex.body:
  %".13" = add i64 %"ex", 16
  %".14" = icmp slt i64 %".13", %"end"
  %".15" = select  i1 %".14", i64 %".13", i64 %"ex"
  %".16" = getelementptr inbounds i32, ptr %"order..p", i64 %".15"
  %".17" = load i32, ptr %".16"
  %".18" = sext i32 %".17" to i64
  %".20" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".23" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".25" = add i64 %"ex", 8
  %".26" = icmp slt i64 %".25", %"end"
  %".27" = select  i1 %".26", i64 %".25", i64 %"ex"
  %".28" = getelementptr inbounds i32, ptr %"order..p", i64 %".27"
  %".29" = load i32, ptr %".28"
  %".30" = sext i32 %".29" to i64
  %".31" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".30"
  %".32" = load i64, ptr %".31"
  %".33" = add i64 %".30", 1
  %".34" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".33"
  %".35" = load i64, ptr %".34"
  %".36" = sub i64 %".35", %".32"
  %".38" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %".32"
  %".39" = ptrtoint ptr %".38" to i64
  %".40" = and i64 %".39", 63
  %".41" = mul i64 %".36", 4
  %".42" = add i64 %".40", %".41"
  %".43" = add i64 %".42", 63
  %".44" = udiv i64 %".43", 64
  %".45" = icmp ult i64 %".44", 8
  %".46" = select  i1 %".45", i64 %".44", i64 8
  br label %"pfs.head"
ex.done:
  %".257" = load double, double* %"loss.acc"
  store double %".257", ptr %"out"
  ret void
pfs.head:
  %"pfs" = phi  i64 [0, %"ex.body"], [%".53", %"pfs.body"]
  %".48" = icmp slt i64 %"pfs", %".46"
  br i1 %".48", label %"pfs.body", label %"pfs.done"
pfs.body:
  %".50" = mul i64 %"pfs", 64
  %".51" = getelementptr i8, ptr %".38", i64 %".50"
  call void @"llvm.prefetch.p0"(ptr %".51", i32 0, i32 3, i32 1)
  %".53" = add i64 %"pfs", 1
  br label %"pfs.head"
pfs.done:
  %".56" = getelementptr inbounds float, ptr %"values.x.p", i64 %".32"
  %".57" = ptrtoint ptr %".56" to i64
  %".58" = and i64 %".57", 63
  %".59" = mul i64 %".36", 4
  %".60" = add i64 %".58", %".59"
  %".61" = add i64 %".60", 63
  %".62" = udiv i64 %".61", 64
  %".63" = icmp ult i64 %".62", 8
  %".64" = select  i1 %".63", i64 %".62", i64 8
  br label %"pfs.head.1"
pfs.head.1:
  %"pfs.1" = phi  i64 [0, %"pfs.done"], [%".71", %"pfs.body.1"]
  %".66" = icmp slt i64 %"pfs.1", %".64"
  br i1 %".66", label %"pfs.body.1", label %"pfs.done.1"
pfs.body.1:
  %".68" = mul i64 %"pfs.1", 64
  %".69" = getelementptr i8, ptr %".56", i64 %".68"
  call void @"llvm.prefetch.p0"(ptr %".69", i32 0, i32 3, i32 1)
  %".71" = add i64 %"pfs.1", 1
  br label %"pfs.head.1"
pfs.done.1:
  %".73" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".30"
  %".74" = load i32, ptr %".73"
  %".75" = sext i32 %".74" to i64
  %".77" = mul i64 1, %"dim.d"
  %".79" = mul i64 %".75", %".77"
  %".80" = getelementptr inbounds float, ptr %"param.W.p", i64 %".79"
  %".81" = getelementptr i8, ptr %".80", i64 0
  call void @"llvm.prefetch.p0"(ptr %".81", i32 0, i32 3, i32 1)
  %".83" = getelementptr i8, ptr %".80", i64 64
  call void @"llvm.prefetch.p0"(ptr %".83", i32 0, i32 3, i32 1)
  %".85" = getelementptr i8, ptr %".80", i64 128
  call void @"llvm.prefetch.p0"(ptr %".85", i32 0, i32 3, i32 1)
  %".87" = getelementptr i8, ptr %".80", i64 192
  call void @"llvm.prefetch.p0"(ptr %".87", i32 0, i32 3, i32 1)
  %".89" = getelementptr i8, ptr %".80", i64 255
  call void @"llvm.prefetch.p0"(ptr %".89", i32 0, i32 3, i32 1)
  %".91" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".91", !alias.scope !3, !noalias !4
  %".92" = sext i32 %"e" to i64
  %".94" = add i64 %"t0.", %"ex"
  %".95" = sitofp i64 %".94" to float
  %".96" = fmul reassoc contract nsz arcp float 0x3fe0000000000000, %".9"
  %".97" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".96"
  %".98" = fdiv float 0x4000000000000000, %".97"
  %".99" = mul i64 1, %"dim.d"
  %".100" = getelementptr inbounds i32, ptr %"field.y.p", i64 %".92"
  %".101" = load i32, ptr %".100", !alias.scope !3, !noalias !4
  %".102" = sext i32 %".101" to i64
  %".103" = mul i64 %".102", %".99"
  %".104" = add i64 0, %".103"
  %".105" = getelementptr inbounds float, ptr %"param.W.p", i64 %".104"
  br label %"mv.head"
mv.head:
  %"mv" = phi  i64 [0, %"pfs.done.1"], [%".137", %"dd.done"]
  %".108" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".108", label %"mv.body", label %"mv.done"
mv.body:
  %".110" = mul i64 %"mv", %"dim.d"
  %".111" = getelementptr inbounds float, ptr %"param.W.p", i64 %".110"
  %".112" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".92"
  %".113" = load i64, ptr %".112", !alias.scope !3, !noalias !4
  %".114" = add i64 %".92", 1
  %".115" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".114"
  %".116" = load i64, ptr %".115", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
dd.head:
  %"dd" = phi  i64 [%".113", %"mv.body"], [%".132", %"dd.body"]
  %".119" = icmp slt i64 %"dd", %".116"
  br i1 %".119", label %"dd.body", label %"dd.done"
dd.body:
  %".121" = load float, float* %"dd.acc"
  %".122" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".123" = load i32, ptr %".122", !alias.scope !3, !noalias !4
  %".124" = sext i32 %".123" to i64
  %".125" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".126" = load float, ptr %".125", !alias.scope !3, !noalias !4
  %".127" = getelementptr inbounds float, ptr %".111", i64 %".124"
  %".128" = load float, ptr %".127", !alias.scope !4, !noalias !3
  %".129" = fmul reassoc contract nsz arcp float %".128", %".126"
  %".130" = fadd reassoc contract nsz arcp float %".121", %".129"
  store float %".130", float* %"dd.acc"
  %".132" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".134" = load float, float* %"dd.acc"
  %".135" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".134", float* %".135"
  %".137" = add i64 %"mv", 1
  br label %"mv.head"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".149", %"lsemax.body"]
  %".141" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".141", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".143" = load float, float* %"lsemax.acc"
  %".144" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".145" = load float, float* %".144"
  %".146" = fcmp oge float %".143", %".145"
  %".147" = select  i1 %".146", float %".143", float %".145"
  store float %".147", float* %"lsemax.acc"
  %".149" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".151" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".163", %"lse.body"]
  %".154" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".154", label %"lse.body", label %"lse.done"
lse.body:
  %".156" = load float, float* %"lse.acc"
  %".157" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".158" = load float, float* %".157"
  %".159" = fsub reassoc contract nsz arcp float %".158", %".151"
  %".160" = call float @"llvm.exp.f32"(float %".159")
  %".161" = fadd reassoc contract nsz arcp float %".156", %".160"
  store float %".161", float* %"lse.acc"
  %".163" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".165" = load float, float* %"lse.acc"
  %".166" = call float @"llvm.log.f32"(float %".165")
  %".167" = fadd reassoc contract nsz arcp float %".151", %".166"
  %".168" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".92"
  %".169" = load i64, ptr %".168", !alias.scope !3, !noalias !4
  %".170" = add i64 %".92", 1
  %".171" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".170"
  %".172" = load i64, ptr %".171", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
dd.head.1:
  %"dd.1" = phi  i64 [%".169", %"lse.done"], [%".188", %"dd.body.1"]
  %".175" = icmp slt i64 %"dd.1", %".172"
  br i1 %".175", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".177" = load float, float* %"dd.acc.1"
  %".178" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".179" = load i32, ptr %".178", !alias.scope !3, !noalias !4
  %".180" = sext i32 %".179" to i64
  %".181" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".182" = load float, ptr %".181", !alias.scope !3, !noalias !4
  %".183" = getelementptr inbounds float, ptr %".105", i64 %".180"
  %".184" = load float, ptr %".183", !alias.scope !4, !noalias !3
  %".185" = fmul reassoc contract nsz arcp float %".184", %".182"
  %".186" = fadd reassoc contract nsz arcp float %".177", %".185"
  store float %".186", float* %"dd.acc.1"
  %".188" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".190" = load float, float* %"dd.acc.1"
  %".191" = fsub reassoc contract nsz arcp float %".167", %".190"
  %".192" = fpext float %".191" to double
  %".193" = load double, double* %"loss.acc"
  %".194" = fadd double %".193", %".192"
  store double %".194", double* %"loss.acc"
  br label %"outer.head"
outer.head:
  %"outer" = phi  i64 [0, %"dd.done.1"], [%".231", %"op.done"]
  %".197" = icmp slt i64 %"outer", %"dim.classes"
  br i1 %".197", label %"outer.body", label %"outer.done"
outer.body:
  %".199" = mul i64 %"outer", %"dim.d"
  %".200" = getelementptr inbounds float, ptr %"param.W.p", i64 %".199"
  %".201" = getelementptr inbounds float, float* %"t0", i64 %"outer"
  %".202" = load float, float* %".201"
  %".203" = fsub reassoc contract nsz arcp float %".202", %".167"
  %".204" = call float @"llvm.exp.f32"(float %".203")
  %".205" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".92"
  %".206" = load i64, ptr %".205", !alias.scope !3, !noalias !4
  %".207" = add i64 %".92", 1
  %".208" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".207"
  %".209" = load i64, ptr %".208", !alias.scope !3, !noalias !4
  br label %"op.head"
outer.done:
  %".233" = fmul reassoc contract nsz arcp float %".98", 0xbff0000000000000
  %".234" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".92"
  %".235" = load i64, ptr %".234", !alias.scope !3, !noalias !4
  %".236" = add i64 %".92", 1
  %".237" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".236"
  %".238" = load i64, ptr %".237", !alias.scope !3, !noalias !4
  br label %"sp.head"
op.head:
  %"op" = phi  i64 [%".206", %"outer.body"], [%".229", %"op.body"]
  %".211" = icmp slt i64 %"op", %".209"
  br i1 %".211", label %"op.body", label %"op.done"
op.body:
  %".213" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"op"
  %".214" = load i32, ptr %".213", !alias.scope !3, !noalias !4
  %".215" = sext i32 %".214" to i64
  %".216" = getelementptr inbounds float, ptr %"values.x.p", i64 %"op"
  %".217" = load float, ptr %".216", !alias.scope !3, !noalias !4
  %".218" = fmul reassoc contract nsz arcp float %".204", %".217"
  %".219" = mul i64 %"outer", %"dim.d"
  %".220" = add i64 %".219", %".215"
  %".221" = getelementptr inbounds float, ptr %".200", i64 %".215"
  %".222" = load float, ptr %".221", !alias.scope !4, !noalias !3
  %".223" = fmul reassoc contract nsz arcp float 0x3eb0c6f7a0000000, %".222"
  %".224" = fadd reassoc contract nsz arcp float %".218", %".223"
  %".225" = fmul reassoc contract nsz arcp float %".98", %".224"
  %".226" = fsub reassoc contract nsz arcp float %".222", %".225"
  %".227" = getelementptr inbounds float, ptr %".200", i64 %".215"
  store float %".226", ptr %".227", !alias.scope !4, !noalias !3
  %".229" = add i64 %"op", 1
  br label %"op.head"
op.done:
  %".231" = add i64 %"outer", 1
  br label %"outer.head"
sp.head:
  %"sp" = phi  i64 [%".235", %"outer.done"], [%".253", %"sp.body"]
  %".240" = icmp slt i64 %"sp", %".238"
  br i1 %".240", label %"sp.body", label %"sp.done"
sp.body:
  %".242" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"sp"
  %".243" = load i32, ptr %".242", !alias.scope !3, !noalias !4
  %".244" = sext i32 %".243" to i64
  %".245" = getelementptr inbounds float, ptr %"values.x.p", i64 %"sp"
  %".246" = load float, ptr %".245", !alias.scope !3, !noalias !4
  %".247" = getelementptr inbounds float, ptr %".105", i64 %".244"
  %".248" = load float, ptr %".247", !alias.scope !4, !noalias !3
  %".249" = fmul reassoc contract nsz arcp float %".233", %".246"
  %".250" = fsub reassoc contract nsz arcp float %".248", %".249"
  %".251" = getelementptr inbounds float, ptr %".105", i64 %".244"
  store float %".250", ptr %".251", !alias.scope !4, !noalias !3
  %".253" = add i64 %"sp", 1
  br label %"sp.head"
sp.done:
  %".255" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.exp.f32"(float %".1")

declare float @"llvm.log.f32"(float %".1")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".9"
  %"p0" = alloca float, i64 %"dim.classes"
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".10"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".11"
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"indptr.x" = load i64, ptr %".17"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".23" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".23"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".24" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".24"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".59", %"out.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".45", %"dd.done"]
  %".13" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".13", label %"mv.body", label %"mv.done"
mv.body:
  %".15" = mul i64 %"mv", %"dim.d"
  %".16" = getelementptr inbounds float, ptr %"param.W.p", i64 %".15"
  %".18" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".19" = load i64, ptr %".18", !alias.scope !3, !noalias !4
  %".20" = add i64 %"ex", 1
  %".21" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".20"
  %".22" = load i64, ptr %".21", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  %".47" = mul i64 %"ex", %"dim.classes"
  br label %"out.head"
dd.head:
  %"dd" = phi  i64 [%".19", %"mv.body"], [%".40", %"dd.body"]
  %".27" = icmp slt i64 %"dd", %".22"
  br i1 %".27", label %"dd.body", label %"dd.done"
dd.body:
  %".29" = load float, float* %"dd.acc"
  %".30" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".31" = load i32, ptr %".30", !alias.scope !3, !noalias !4
  %".32" = sext i32 %".31" to i64
  %".33" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".34" = load float, ptr %".33", !alias.scope !3, !noalias !4
  %".35" = getelementptr inbounds float, ptr %".16", i64 %".32"
  %".36" = load float, ptr %".35", !alias.scope !4, !noalias !3
  %".37" = fmul reassoc contract nsz arcp float %".36", %".34"
  %".38" = fadd reassoc contract nsz arcp float %".29", %".37"
  store float %".38", float* %"dd.acc"
  %".40" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".42" = load float, float* %"dd.acc"
  %".43" = getelementptr inbounds float, float* %"p0", i64 %"mv"
  store float %".42", float* %".43"
  %".45" = add i64 %"mv", 1
  br label %"mv.head"
out.head:
  %"out.1" = phi  i64 [0, %"mv.done"], [%".57", %"out.body"]
  %".49" = icmp slt i64 %"out.1", %"dim.classes"
  br i1 %".49", label %"out.body", label %"out.done"
out.body:
  %".51" = getelementptr inbounds float, float* %"p0", i64 %"out.1"
  %".52" = load float, float* %".51"
  %".53" = fpext float %".52" to double
  %".54" = add i64 %".47", %"out.1"
  %".55" = getelementptr inbounds double, ptr %"out", i64 %".54"
  store double %".53", ptr %".55"
  %".57" = add i64 %"out.1", 1
  br label %"out.head"
out.done:
  %".59" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"dim.d" = load i64, ptr %".9"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"field.y" = load i64, ptr %".11"
  %"field.y.p" = inttoptr i64 %"field.y" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.W" = load i64, ptr %".17"
  %"param.W.p" = inttoptr i64 %"param.W" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"dim.classes" = load i64, ptr %".19"
  %"t0" = alloca float, i64 %"dim.classes"
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"indptr.x" = load i64, ptr %".25"
  %"indptr.x.p" = inttoptr i64 %"indptr.x" to ptr
  %".31" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"indices.x" = load i64, ptr %".31"
  %"indices.x.p" = inttoptr i64 %"indices.x" to ptr
  %".32" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"values.x" = load i64, ptr %".32"
  %"values.x.p" = inttoptr i64 %"values.x" to ptr
  %"dd.acc" = alloca float
  %"lsemax.acc" = alloca float
  %"lse.acc" = alloca float
  %"dd.acc.1" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".111", %"dd.done.1"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = mul i64 1, %"dim.d"
  %".12" = getelementptr inbounds i32, ptr %"field.y.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !3, !noalias !4
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", %".10"
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.W.p", i64 %".16"
  br label %"mv.head"
ex.done:
  ret void
mv.head:
  %"mv" = phi  i64 [0, %"ex.body"], [%".53", %"dd.done"]
  %".21" = icmp slt i64 %"mv", %"dim.classes"
  br i1 %".21", label %"mv.body", label %"mv.done"
mv.body:
  %".23" = mul i64 %"mv", %"dim.d"
  %".24" = getelementptr inbounds float, ptr %"param.W.p", i64 %".23"
  %".26" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".27" = load i64, ptr %".26", !alias.scope !3, !noalias !4
  %".28" = add i64 %"ex", 1
  %".29" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".28"
  %".30" = load i64, ptr %".29", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc"
  br label %"dd.head"
mv.done:
  store float 0xfff0000000000000, float* %"lsemax.acc"
  br label %"lsemax.head"
dd.head:
  %"dd" = phi  i64 [%".27", %"mv.body"], [%".48", %"dd.body"]
  %".35" = icmp slt i64 %"dd", %".30"
  br i1 %".35", label %"dd.body", label %"dd.done"
dd.body:
  %".37" = load float, float* %"dd.acc"
  %".38" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd"
  %".39" = load i32, ptr %".38", !alias.scope !3, !noalias !4
  %".40" = sext i32 %".39" to i64
  %".41" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd"
  %".42" = load float, ptr %".41", !alias.scope !3, !noalias !4
  %".43" = getelementptr inbounds float, ptr %".24", i64 %".40"
  %".44" = load float, ptr %".43", !alias.scope !4, !noalias !3
  %".45" = fmul reassoc contract nsz arcp float %".44", %".42"
  %".46" = fadd reassoc contract nsz arcp float %".37", %".45"
  store float %".46", float* %"dd.acc"
  %".48" = add i64 %"dd", 1
  br label %"dd.head"
dd.done:
  %".50" = load float, float* %"dd.acc"
  %".51" = getelementptr inbounds float, float* %"t0", i64 %"mv"
  store float %".50", float* %".51"
  %".53" = add i64 %"mv", 1
  br label %"mv.head"
lsemax.head:
  %"lsemax" = phi  i64 [0, %"mv.done"], [%".65", %"lsemax.body"]
  %".57" = icmp slt i64 %"lsemax", %"dim.classes"
  br i1 %".57", label %"lsemax.body", label %"lsemax.done"
lsemax.body:
  %".59" = load float, float* %"lsemax.acc"
  %".60" = getelementptr inbounds float, float* %"t0", i64 %"lsemax"
  %".61" = load float, float* %".60"
  %".62" = fcmp oge float %".59", %".61"
  %".63" = select  i1 %".62", float %".59", float %".61"
  store float %".63", float* %"lsemax.acc"
  %".65" = add i64 %"lsemax", 1
  br label %"lsemax.head"
lsemax.done:
  %".67" = load float, float* %"lsemax.acc"
  store float              0x0, float* %"lse.acc"
  br label %"lse.head"
lse.head:
  %"lse" = phi  i64 [0, %"lsemax.done"], [%".79", %"lse.body"]
  %".70" = icmp slt i64 %"lse", %"dim.classes"
  br i1 %".70", label %"lse.body", label %"lse.done"
lse.body:
  %".72" = load float, float* %"lse.acc"
  %".73" = getelementptr inbounds float, float* %"t0", i64 %"lse"
  %".74" = load float, float* %".73"
  %".75" = fsub reassoc contract nsz arcp float %".74", %".67"
  %".76" = call float @"llvm.exp.f32"(float %".75")
  %".77" = fadd reassoc contract nsz arcp float %".72", %".76"
  store float %".77", float* %"lse.acc"
  %".79" = add i64 %"lse", 1
  br label %"lse.head"
lse.done:
  %".81" = load float, float* %"lse.acc"
  %".82" = call float @"llvm.log.f32"(float %".81")
  %".83" = fadd reassoc contract nsz arcp float %".67", %".82"
  %".84" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %"ex"
  %".85" = load i64, ptr %".84", !alias.scope !3, !noalias !4
  %".86" = add i64 %"ex", 1
  %".87" = getelementptr inbounds i64, ptr %"indptr.x.p", i64 %".86"
  %".88" = load i64, ptr %".87", !alias.scope !3, !noalias !4
  store float              0x0, float* %"dd.acc.1"
  br label %"dd.head.1"
dd.head.1:
  %"dd.1" = phi  i64 [%".85", %"lse.done"], [%".104", %"dd.body.1"]
  %".91" = icmp slt i64 %"dd.1", %".88"
  br i1 %".91", label %"dd.body.1", label %"dd.done.1"
dd.body.1:
  %".93" = load float, float* %"dd.acc.1"
  %".94" = getelementptr inbounds i32, ptr %"indices.x.p", i64 %"dd.1"
  %".95" = load i32, ptr %".94", !alias.scope !3, !noalias !4
  %".96" = sext i32 %".95" to i64
  %".97" = getelementptr inbounds float, ptr %"values.x.p", i64 %"dd.1"
  %".98" = load float, ptr %".97", !alias.scope !3, !noalias !4
  %".99" = getelementptr inbounds float, ptr %".18", i64 %".96"
  %".100" = load float, ptr %".99", !alias.scope !4, !noalias !3
  %".101" = fmul reassoc contract nsz arcp float %".100", %".98"
  %".102" = fadd reassoc contract nsz arcp float %".93", %".101"
  store float %".102", float* %"dd.acc.1"
  %".104" = add i64 %"dd.1", 1
  br label %"dd.head.1"
dd.done.1:
  %".106" = load float, float* %"dd.acc.1"
  %".107" = fsub reassoc contract nsz arcp float %".83", %".106"
  %".108" = fpext float %".107" to double
  %".109" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".108", ptr %".109"
  %".111" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.W", !0 }
!3 = !{ !1 }
!4 = !{ !2 }