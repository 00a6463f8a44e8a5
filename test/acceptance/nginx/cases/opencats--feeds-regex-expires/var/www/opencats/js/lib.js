// stand-in
function showPopup(){}
