<?php
// XML-RPC web service.
