/**
 * The lock our writers of a product's metadata take (Medusa's locking module). Medusa merges metadata
 * by reading the product and writing it back, so two updates at once can lose one's keys: a producer's
 * delivery area saved while the photo variants are being recorded came back as "delivered everywhere".
 */
export const productMetadataLock = (productId: string): string => `product-metadata:${productId}`
