/* vue, axios, buefy */
