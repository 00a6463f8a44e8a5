<?php
// XML-RPC server class
