function hesk_toggleLayer(){}
