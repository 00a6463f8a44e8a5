<?php
// OpenEMR 7.0.2 placeholder: src/RestControllers/FHIR/FhirPatientRestController.php
