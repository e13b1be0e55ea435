-- CreateTable
CREATE TABLE "HandledRequest" (
    "key" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HandledRequest_pkey" PRIMARY KEY ("key")
);
