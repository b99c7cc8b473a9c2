/** An application module that uses asl4j through its module descriptor. */
module com.example.orders {
  requires io.asl4j;

  exports com.example.orders;
}
