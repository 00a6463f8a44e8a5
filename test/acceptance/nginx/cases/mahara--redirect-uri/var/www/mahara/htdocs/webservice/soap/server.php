<?php
// SOAP web service.
