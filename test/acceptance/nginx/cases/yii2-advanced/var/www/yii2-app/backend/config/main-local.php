<?php
return ['components' => ['request' => ['cookieValidationKey' => 'b1e9c0d4f7a24e6a9d3c5b8f0e2a7c61']]];
