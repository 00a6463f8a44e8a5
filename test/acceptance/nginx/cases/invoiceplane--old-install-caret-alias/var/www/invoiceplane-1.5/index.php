<?php
// InvoicePlane 1.5 front controller.
