<div id="nav">{{$sitelocation}}</div>
