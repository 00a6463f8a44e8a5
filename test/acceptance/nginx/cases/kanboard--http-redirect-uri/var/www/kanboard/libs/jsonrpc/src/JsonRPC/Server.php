<?php

namespace JsonRPC;

class Server {}
