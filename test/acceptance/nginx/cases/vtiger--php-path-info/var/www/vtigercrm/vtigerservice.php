<?php
// SOAP entry point (Outlook/Thunderbird plugins)
