<?php
// v4_1 SOAP service.
