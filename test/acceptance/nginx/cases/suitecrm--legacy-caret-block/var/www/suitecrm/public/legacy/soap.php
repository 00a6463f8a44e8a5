<?php
// Legacy SOAP entry point.
