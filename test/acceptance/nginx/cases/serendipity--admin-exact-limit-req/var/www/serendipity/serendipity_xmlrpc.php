<?php
// XML-RPC
