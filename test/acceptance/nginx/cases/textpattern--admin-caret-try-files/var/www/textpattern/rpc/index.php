<?php
// XML-RPC entry point
